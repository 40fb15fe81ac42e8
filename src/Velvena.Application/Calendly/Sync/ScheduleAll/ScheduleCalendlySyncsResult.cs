namespace Velvena.Application.Calendly.Sync.ScheduleAll;

/// <param name="Queued">New sync jobs.</param>
/// <param name="AlreadyPending">Organizations whose previous sync job was still queued or running.</param>
public sealed record ScheduleCalendlySyncsResult(int Queued, int AlreadyPending);
