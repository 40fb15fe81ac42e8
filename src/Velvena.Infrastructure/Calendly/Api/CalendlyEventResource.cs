namespace Velvena.Infrastructure.Calendly.Api;

/// <summary>Calendly's <c>Event</c> (a scheduled event).</summary>
internal sealed class CalendlyEventResource
{
    public string? Uri { get; init; }
    public string? Name { get; init; }
    public string? Status { get; init; }
    public DateTimeOffset? StartTime { get; init; }
    public DateTimeOffset? EndTime { get; init; }
    public string? EventType { get; init; }
    public CalendlyLocationResource? Location { get; init; }
    public CalendlyInviteesCounterResource? InviteesCounter { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public IReadOnlyList<CalendlyEventMembershipResource>? EventMemberships { get; init; }
    public CalendlyCancellationResource? Cancellation { get; init; }
}
