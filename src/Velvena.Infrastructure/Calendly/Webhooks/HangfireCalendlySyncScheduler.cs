using Hangfire;
using Velvena.Application.Calendly.Ports;

namespace Velvena.Infrastructure.Calendly.Webhooks;

internal sealed class HangfireCalendlySyncScheduler(IBackgroundJobClient jobs) : ICalendlySyncScheduler
{
    public void EnqueueCatchUp(Guid organizationId) => jobs.Enqueue<CalendlyCatchUpSyncJob>(job => job.Run(organizationId));
}
