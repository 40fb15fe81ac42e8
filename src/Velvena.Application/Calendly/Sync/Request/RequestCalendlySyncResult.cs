namespace Velvena.Application.Calendly.Sync.Request;

/// <param name="JobId">The background job syncing the organization.</param>
/// <param name="AlreadyPending">A sync was already queued or running: this is its job, no second one was started.</param>
public sealed record RequestCalendlySyncResult(string JobId, bool AlreadyPending);
