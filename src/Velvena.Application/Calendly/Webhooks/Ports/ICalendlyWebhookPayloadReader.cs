using Velvena.Application.Calendly.Webhooks.Models;

namespace Velvena.Application.Calendly.Webhooks.Ports;

/// <summary>Reads Calendly's webhook wire format (the same resources as the API's).</summary>
public interface ICalendlyWebhookPayloadReader
{
    /// <summary>The envelope, or null when the body is not a JSON webhook envelope.</summary>
    CalendlyWebhookEnvelope? ReadEnvelope(ReadOnlySpan<byte> body);

    /// <exception cref="Exceptions.CalendlyException">The payload lacks the invitee, its event, or their identity fields.</exception>
    CalendlyWebhookBooking ReadBooking(string body);
}
