using Hangfire;
using Hangfire.Storage;
using Velvena.Application.Calendly.Ports;

namespace Velvena.Infrastructure.BackgroundJobs.CalendlySync;

/// <summary>
/// A Hangfire distributed lock per organization (<c>calendly-sync:{id}</c>) in the job storage every server shares.
/// Hangfire's <c>DisableConcurrentExecution</c> would lock the method for all organizations at once.
/// </summary>
internal sealed class HangfireCalendlySyncLock(JobStorage storage) : ICalendlySyncLock
{
    public IDisposable? TryAcquire(Guid organizationId)
    {
        var connection = storage.GetConnection();
        try
        {
            var handle = connection.AcquireDistributedLock($"calendly-sync:{organizationId:N}", TimeSpan.Zero);
            return new Lease(connection, handle);
        }
        catch (DistributedLockTimeoutException)
        {
            connection.Dispose();
            return null;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private sealed class Lease(IStorageConnection connection, IDisposable handle) : IDisposable
    {
        public void Dispose()
        {
            handle.Dispose();
            connection.Dispose();
        }
    }
}
