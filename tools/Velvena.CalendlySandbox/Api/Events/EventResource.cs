using System.Text.Json.Serialization;

namespace Velvena.CalendlySandbox.Api.Events;

public sealed record EventResource(
    string Uri,
    string Name,
    string? MeetingNotesPlain,
    string Status,
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    string EventType,
    IReadOnlyDictionary<string, object?> Location,
    InviteesCounterResource InviteesCounter,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<EventMembershipResource> EventMemberships,
    IReadOnlyList<EventGuestResource> EventGuests,
    CalendarEventResource CalendarEvent)
{
    // Calendly's schema types cancellation as an object, not nullable: absent until the event is canceled.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CancellationResource? Cancellation { get; init; }
}
