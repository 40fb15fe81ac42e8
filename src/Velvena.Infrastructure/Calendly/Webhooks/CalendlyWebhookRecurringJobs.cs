using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>Registers (or updates) the webhook health check and the inbox sweep when the host starts.</summary>
internal sealed class CalendlyWebhookRecurringJobs(IRecurringJobManager recurringJobs, IOptions<CalendlyWebhookOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<CalendlyWebhookHealthJob>(
            CalendlyWebhookHealthJob.RecurringJobId, job => job.FanOutAsync(CancellationToken.None), options.Value.HealthCron);
        recurringJobs.AddOrUpdate<CalendlyWebhookInboxSweepJob>(
            CalendlyWebhookInboxSweepJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), options.Value.InboxSweepCron);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
