using Velvena.Infrastructure.Calendly.Api;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>
/// The part of an <c>invitee.*</c> payload that is not the invitee itself: its embedded event. The invitee fields are
/// read from the same payload with <see cref="CalendlyInviteeResource"/>.
/// </summary>
internal sealed class CalendlyWebhookInviteePayloadResource
{
    public string? Uri { get; init; }
    public CalendlyEventResource? ScheduledEvent { get; init; }
}
