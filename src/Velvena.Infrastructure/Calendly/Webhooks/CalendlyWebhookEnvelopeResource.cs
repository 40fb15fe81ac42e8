using System.Text.Json;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>Calendly's delivery envelope: <c>{"event","created_at","created_by","payload"}</c>.</summary>
internal sealed class CalendlyWebhookEnvelopeResource
{
    public string? Event { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public string? CreatedBy { get; init; }
    public JsonElement? Payload { get; init; }
}
