using Hangfire;
using Mediator;
using Velvena.Application.Calendly.Sync.SyncOrganization;

namespace Velvena.Infrastructure.BackgroundJobs.CalendlySync;

/// <summary>
/// Syncs one organization. Its only argument is the organization id (the dashboard shows arguments). A transient
/// Calendly failure fails the job so Hangfire retries it with back-off (at Calendly's Retry-After when known);
/// a permanent one is recorded by the command and ends the job.
/// </summary>
public sealed class CalendlySyncJob(ISender sender)
{
    public const int RetryAttempts = 5;

    /// <summary>Served by its own Hangfire server (<c>Hangfire:SyncWorkerCount</c> workers).</summary>
    public const string Queue = "calendly-sync";

    [AutomaticRetry(Attempts = RetryAttempts, DelaysInSeconds = [60, 300, 900, 1800, 3600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [CalendlyRetryAfter]
    [Queue(Queue)]
    [JobDisplayName("Calendly sync of organization {0}")]
    public async Task RunAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await sender.Send(new SyncOrganizationCommand(organizationId), cancellationToken);
}
