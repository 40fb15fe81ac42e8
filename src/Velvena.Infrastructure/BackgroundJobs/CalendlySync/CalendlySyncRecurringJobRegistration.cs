using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Velvena.Application.Calendly.Sync;

namespace Velvena.Infrastructure.BackgroundJobs.CalendlySync;

/// <summary>Registers (or updates) the recurring <c>calendly-sync</c> job at start-up, on the configured cron in UTC.</summary>
internal sealed class CalendlySyncRecurringJobRegistration(IRecurringJobManager recurringJobs, IOptions<CalendlySyncOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<CalendlySyncFanOutJob>(
            CalendlySyncFanOutJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            options.Value.Cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
