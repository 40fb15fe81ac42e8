namespace Velvena.Application.Calendly.Sync.Request;

/// <param name="JobId">The background job syncing the organization.</param>
/// <param name="AlreadyPending">A sync was already queued or running: this is its job, no second one was started.</param>
/// <param name="RequeuedDeliveries">Webhook deliveries that had been given up and are now tried again.</param>
public sealed record RequestCalendlySyncResult(string JobId, bool AlreadyPending, int RequeuedDeliveries);
