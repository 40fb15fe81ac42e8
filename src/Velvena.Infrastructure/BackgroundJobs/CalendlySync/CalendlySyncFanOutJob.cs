using Hangfire;
using Mediator;
using Velvena.Application.Calendly.Sync.ScheduleAll;

namespace Velvena.Infrastructure.BackgroundJobs.CalendlySync;

/// <summary>The recurring <c>calendly-sync</c> job: queues one <see cref="CalendlySyncJob"/> per connected organization.</summary>
public sealed class CalendlySyncFanOutJob(ISender sender)
{
    public const string RecurringJobId = "calendly-sync";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("Calendly sync: queue every connected organization")]
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new ScheduleCalendlySyncsCommand(), cancellationToken);
}
