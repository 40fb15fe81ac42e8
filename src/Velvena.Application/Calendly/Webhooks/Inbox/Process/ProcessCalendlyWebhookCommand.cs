using Mediator;
using Velvena.Domain.Calendly;

namespace Velvena.Application.Calendly.Webhooks.Inbox.Process;

/// <summary>
/// Applies one stored delivery through the booking rules (the same path as the sync). Safe to run twice or
/// concurrently: the rules are idempotent. Returns the outcome, or null when the attempt failed and the entry waits
/// for a retry; after the last allowed attempt the outcome is <see cref="CalendlyWebhookInboxOutcome.GaveUp"/>.
/// </summary>
public sealed record ProcessCalendlyWebhookCommand(Guid EntryId) : ICommand<CalendlyWebhookInboxOutcome?>;
