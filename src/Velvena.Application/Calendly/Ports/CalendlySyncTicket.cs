namespace Velvena.Application.Calendly.Ports;

/// <param name="JobId">The background job that will run (or is running) the sync.</param>
/// <param name="AlreadyPending">True when that job was queued or running before this request.</param>
public sealed record CalendlySyncTicket(string JobId, bool AlreadyPending);
