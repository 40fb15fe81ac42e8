using System.Text;
using System.Text.Json;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Webhooks.Models;
using Velvena.Application.Calendly.Webhooks.Ports;
using Velvena.Infrastructure.Calendly.Api;
using Velvena.Infrastructure.Calendly.Http;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>Webhook bodies through the API's own wire resources and mapper, so both paths read a booking identically.</summary>
internal sealed class CalendlyWebhookPayloadReader : ICalendlyWebhookPayloadReader
{
    public CalendlyWebhookEnvelope? ReadEnvelope(ReadOnlySpan<byte> body)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<CalendlyWebhookEnvelopeResource>(body, CalendlyJson.Options);
            if (envelope?.Event is not { Length: > 0 } eventName || envelope.CreatedAt is not { } createdAt)
            {
                return null;
            }

            var inviteeUri = envelope.Payload is { ValueKind: JsonValueKind.Object } payload
                ? payload.Deserialize<CalendlyWebhookInviteePayloadResource>(CalendlyJson.Options)?.Uri
                : null;
            return new CalendlyWebhookEnvelope(eventName, createdAt.UtcDateTime, string.IsNullOrEmpty(inviteeUri) ? null : inviteeUri);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public CalendlyWebhookBooking ReadBooking(string body)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<CalendlyWebhookEnvelopeResource>(Encoding.UTF8.GetBytes(body), CalendlyJson.Options);
            if (envelope?.Payload is not { ValueKind: JsonValueKind.Object } payload)
            {
                throw new CalendlyException("The webhook delivery has no payload object.");
            }

            var invitee = payload.Deserialize<CalendlyInviteeResource>(CalendlyJson.Options)!;
            var scheduledEvent = payload.Deserialize<CalendlyWebhookInviteePayloadResource>(CalendlyJson.Options)?.ScheduledEvent
                ?? throw new CalendlyException("The webhook payload has no scheduled_event.");
            return new CalendlyWebhookBooking(
                envelope.Event ?? string.Empty,
                CalendlyResourceMapper.ToScheduledEvent(scheduledEvent),
                CalendlyResourceMapper.ToInvitee(invitee),
                envelope.CreatedBy);
        }
        catch (JsonException malformed)
        {
            throw new CalendlyException($"The webhook delivery is not valid JSON ({malformed.Path}).");
        }
    }
}
