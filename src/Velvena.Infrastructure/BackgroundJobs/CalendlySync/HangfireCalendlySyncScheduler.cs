using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Velvena.Application.Calendly.Ports;

namespace Velvena.Infrastructure.BackgroundJobs.CalendlySync;

/// <summary>
/// Enqueues <see cref="CalendlySyncJob"/> unless the organization's previous sync job is still queued, scheduled
/// for a retry or running. The last job id per organization lives in the job storage (hash <c>calendly-sync:jobs</c>),
/// and the check-then-enqueue runs under a short distributed lock, so two servers (or the recurring job and an
/// admin's click) cannot both enqueue.
/// </summary>
internal sealed class HangfireCalendlySyncScheduler(JobStorage storage, IBackgroundJobClient jobs) : ICalendlySyncScheduler
{
    private const string JobsHash = "calendly-sync:jobs";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(15);
    private static readonly HashSet<string> PendingStates =
        new([EnqueuedState.StateName, ScheduledState.StateName, ProcessingState.StateName, AwaitingState.StateName], StringComparer.OrdinalIgnoreCase);

    public CalendlySyncTicket Enqueue(Guid organizationId)
    {
        var field = organizationId.ToString("N");
        using var connection = storage.GetConnection();
        using (connection.AcquireDistributedLock($"calendly-sync-enqueue:{field}", LockTimeout))
        {
            var previous = connection.GetAllEntriesFromHash(JobsHash)?.GetValueOrDefault(field);
            if (previous is not null && connection.GetStateData(previous) is { } state && PendingStates.Contains(state.Name))
            {
                return new CalendlySyncTicket(previous, AlreadyPending: true);
            }

            var jobId = jobs.Enqueue<CalendlySyncJob>(job => job.RunAsync(organizationId, CancellationToken.None));
            using var transaction = connection.CreateWriteTransaction();
            transaction.SetRangeInHash(JobsHash, [new KeyValuePair<string, string>(field, jobId)]);
            transaction.Commit();
            return new CalendlySyncTicket(jobId, AlreadyPending: false);
        }
    }
}
