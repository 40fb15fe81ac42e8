namespace Velvena.Application.Calendly.Webhooks.Ports;

/// <summary>Hands a stored delivery to the in-process worker; the response does not wait for it.</summary>
public interface ICalendlyWebhookInboxDispatcher
{
    void Enqueue(Guid entryId);
}
