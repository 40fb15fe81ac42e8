using Mediator;
using Microsoft.Extensions.Logging;
using Velvena.Application.Calendly.Ports;
using Velvena.Application.Calendly.Webhooks.Subscriptions;
using Velvena.Domain.Organizations;

namespace Velvena.Application.Calendly.Webhooks.Health;

internal sealed partial class CheckCalendlyWebhookCommandHandler(
    CalendlyWebhookSubscriber subscriber,
    ICalendlySyncScheduler syncScheduler,
    ILogger<CheckCalendlyWebhookCommandHandler> logger) : ICommandHandler<CheckCalendlyWebhookCommand, CheckCalendlyWebhookResult>
{
    public async ValueTask<CheckCalendlyWebhookResult> Handle(CheckCalendlyWebhookCommand command, CancellationToken cancellationToken)
    {
        var result = await subscriber.EnsureAsync(command.OrganizationId, cancellationToken);
        if (!result.Replaced || result.State != WebhookSubscriptionState.Active)
        {
            return new CheckCalendlyWebhookResult(result.State, Recreated: false, CatchUpEnqueued: false);
        }

        syncScheduler.EnqueueCatchUp(command.OrganizationId);
        LogRecreated(logger, command.OrganizationId);
        return new CheckCalendlyWebhookResult(result.State, Recreated: true, CatchUpEnqueued: true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recreated the Calendly webhook subscription of organization {OrganizationId}; a catch-up sync is enqueued.")]
    private static partial void LogRecreated(ILogger logger, Guid organizationId);
}
