using Mediator;

namespace Velvena.Application.Calendly.Sync.ScheduleAll;

/// <summary>Queues one sync job per connected organization (those waiting for reauthorization are skipped).</summary>
public sealed record ScheduleCalendlySyncsCommand : ICommand<ScheduleCalendlySyncsResult>;
