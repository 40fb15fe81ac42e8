using Mediator;

namespace Velvena.Application.Calendly.Webhooks.Inbox.Accept;

/// <summary>
/// Stores an authenticated delivery in the inbox (a redelivery is a no-op) and hands it to the background worker.
/// Completes only once the delivery is committed; throws <see cref="CalendlyWebhookInboxUnavailableException"/> otherwise.
/// Sent only after the signature was verified; carries no signature.
/// </summary>
public sealed record AcceptCalendlyWebhookCommand(string EventName, string InviteeUri, DateTime DeliveryCreatedAtUtc, string Payload)
    : ICommand<AcceptCalendlyWebhookResult>;
