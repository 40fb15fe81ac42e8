using Velvena.Application.Calendly.Webhooks.Inbox;
using Velvena.Application.Calendly.Webhooks.Inbox.Accept;
using Velvena.Domain.Calendly;

namespace Velvena.Application.Calendly.Webhooks.Ports;

/// <summary>
/// Writes accepted deliveries to the inbox, several per transaction (group commit). A call completes only once the
/// transaction holding its delivery has committed; a redelivery (same event, invitee and <c>created_at</c>) writes
/// nothing and answers with the stored entry's id.
/// </summary>
public interface ICalendlyWebhookInboxWriter
{
    /// <exception cref="CalendlyWebhookInboxUnavailableException">The delivery could not be stored; nothing of it was kept, the sender should retry.</exception>
    Task<AcceptCalendlyWebhookResult> WriteAsync(CalendlyWebhookInboxEntry entry);
}
