using Hangfire;
using Microsoft.Extensions.Logging;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>
/// Catch-up after a webhook subscription was recreated. The sync (recurring <c>calendly-sync</c>, which covers every
/// connected organization) is owned by its own feature; this job asks it to run now rather than at its next hour.
/// The organization id is the job's argument so the dashboard shows which organization asked.
/// </summary>
public sealed partial class CalendlyCatchUpSyncJob(IRecurringJobManagerV2 recurringJobs, ILogger<CalendlyCatchUpSyncJob> logger)
{
    public const string SyncRecurringJobId = "calendly-sync";

    public void Run(Guid organizationId)
    {
        if (recurringJobs.TriggerJob(SyncRecurringJobId) is null)
        {
            LogNoSyncJob(logger, organizationId, SyncRecurringJobId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catch-up for organization {OrganizationId}: the recurring job {RecurringJobId} is not registered, so nothing ran.")]
    private static partial void LogNoSyncJob(ILogger logger, Guid organizationId, string recurringJobId);
}
