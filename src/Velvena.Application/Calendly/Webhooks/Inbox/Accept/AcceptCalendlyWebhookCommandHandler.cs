using Mediator;
using Velvena.Application.Calendly.Webhooks.Ports;
using Velvena.Domain.Calendly;

namespace Velvena.Application.Calendly.Webhooks.Inbox.Accept;

internal sealed class AcceptCalendlyWebhookCommandHandler(ICalendlyWebhookInboxWriter writer, ICalendlyWebhookInboxDispatcher dispatcher, TimeProvider clock)
    : ICommandHandler<AcceptCalendlyWebhookCommand, AcceptCalendlyWebhookResult>
{
    public async ValueTask<AcceptCalendlyWebhookResult> Handle(AcceptCalendlyWebhookCommand command, CancellationToken cancellationToken)
    {
        var entry = new CalendlyWebhookInboxEntry(
            Guid.NewGuid(), command.EventName, command.InviteeUri, command.DeliveryCreatedAtUtc, command.Payload, clock.GetUtcNow().UtcDateTime);

        // Not cancellable: once Calendly's request reached this point, an aborted connection must not lose it half-way.
        var result = await writer.WriteAsync(entry);
        if (!result.Duplicate)
        {
            dispatcher.Enqueue(result.EntryId);
        }

        return result;
    }
}
