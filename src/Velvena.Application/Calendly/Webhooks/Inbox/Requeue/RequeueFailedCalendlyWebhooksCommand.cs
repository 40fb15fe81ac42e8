using Mediator;

namespace Velvena.Application.Calendly.Webhooks.Inbox.Requeue;

/// <summary>
/// Puts the organization's given-up deliveries back in the queue with a fresh set of attempts and hands them to the
/// in-process worker (the inbox sweep finds them otherwise). Returns how many were requeued.
/// </summary>
public sealed record RequeueFailedCalendlyWebhooksCommand(Guid OrganizationId) : ICommand<int>;
