using Hangfire;
using Mediator;
using Velvena.Application.Calendly.Webhooks.Health;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>Recurring <c>calendly-webhook-health</c>: one check job per connected organization (arguments are ids only).</summary>
public sealed class CalendlyWebhookHealthJob(ISender sender, IBackgroundJobClient jobs)
{
    public const string RecurringJobId = "calendly-webhook-health";

    public async Task FanOutAsync(CancellationToken cancellationToken)
    {
        foreach (var organizationId in await sender.Send(new ListCalendlyWebhookOrganizationsQuery(), cancellationToken))
        {
            jobs.Enqueue<CalendlyWebhookHealthJob>(job => job.CheckAsync(organizationId, CancellationToken.None));
        }
    }

    public async Task CheckAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await sender.Send(new CheckCalendlyWebhookCommand(organizationId), cancellationToken);
}
