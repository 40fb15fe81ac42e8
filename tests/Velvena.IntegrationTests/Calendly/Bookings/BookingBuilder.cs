using Velvena.Application.Calendly.Bookings.Record;
using Velvena.Application.Calendly.Models;

namespace Velvena.IntegrationTests.Calendly.Bookings;

/// <summary>
/// A Calendly invitee of a scheduled event, as a webhook or the sync delivers it: an active booking unless told
/// otherwise. Each call returns a new builder, so one booking can be varied into its later copies.
/// </summary>
internal sealed record BookingBuilder
{
    public static readonly DateTime BookedAt = new(2030, 1, 8, 14, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime DefaultStart = new(2030, 1, 15, 9, 0, 0, DateTimeKind.Utc);

    private BookingBuilder(string eventId, string inviteeId)
    {
        EventId = eventId;
        InviteeId = inviteeId;
    }

    public string EventId { get; private init; }

    public string InviteeId { get; private init; }

    public string EventUri => $"https://api.calendly.com/scheduled_events/{EventId}";

    public string InviteeUri => $"{EventUri}/invitees/{InviteeId}";

    private string Email { get; init; } = "alice.martin@example.com";

    private string Name { get; init; } = "Alice Martin";

    private string? FirstName { get; init; } = "Alice";

    private string? LastName { get; init; } = "Martin";

    private string EventName { get; init; } = "Essayage robe de mariée";

    private DateTime Start { get; init; } = DefaultStart;

    private CalendlyLocation? Location { get; init; } = new("zoom", null, "https://zoom.us/j/1234", "pushed", null);

    private string? TextReminderNumber { get; init; } = "06 12 34 56 78";

    private IReadOnlyList<CalendlyQuestionAndAnswer> Answers { get; init; } =
        [new("Date du mariage", "12 septembre 2030", 0), new("Budget", "2 000 €", 1)];

    private CalendlyCancellation? Cancellation { get; init; }

    private string? OldInviteeUri { get; init; }

    private string? NewInviteeUri { get; init; }

    private DateTime CreatedAt { get; init; } = BookedAt;

    private DateTime UpdatedAt { get; init; } = BookedAt;

    public static BookingBuilder Invitee(string eventId = "EVENT1", string inviteeId = "INV1") => new(eventId, inviteeId);

    public BookingBuilder WithEmail(string email) => this with { Email = email };

    public BookingBuilder WithName(string name) => this with { Name = name, FirstName = null, LastName = null };

    public BookingBuilder WithPhone(string? textReminderNumber) => this with { TextReminderNumber = textReminderNumber };

    public BookingBuilder WithoutAnswers() => this with { Answers = [] };

    public BookingBuilder At(DateTime startUtc) => this with { Start = startUtc };

    public BookingBuilder AtLocation(string address) => this with { Location = new CalendlyLocation("physical", address, null, null, null) };

    public BookingBuilder BookedAtTime(DateTime createdAtUtc) => this with { CreatedAt = createdAtUtc, UpdatedAt = createdAtUtc };

    public BookingBuilder UpdatedAtTime(DateTime updatedAtUtc) => this with { UpdatedAt = updatedAtUtc };

    public BookingBuilder CanceledByInvitee(string? reason, DateTime canceledAtUtc) =>
        this with { Cancellation = new CalendlyCancellation(Name, reason, "invitee", canceledAtUtc), UpdatedAt = canceledAtUtc };

    public BookingBuilder CanceledByHost(string? reason, DateTime canceledAtUtc) =>
        this with { Cancellation = new CalendlyCancellation("Maison Velours", reason, "host", canceledAtUtc), UpdatedAt = canceledAtUtc };

    /// <summary>The old half of a reschedule: canceled, naming the invitee that replaced it.</summary>
    public BookingBuilder RescheduledTo(BookingBuilder replacement, DateTime canceledAtUtc) =>
        CanceledByInvitee("Reprogrammé", canceledAtUtc) with { NewInviteeUri = replacement.InviteeUri };

    /// <summary>The new half of a reschedule: a new invitee of a new event, naming the one it replaces.</summary>
    public BookingBuilder RescheduledFrom(BookingBuilder original) => this with { OldInviteeUri = original.InviteeUri };

    public RecordCalendlyBookingCommand For(Guid organizationId)
    {
        var canceled = Cancellation is not null;
        var scheduledEvent = new CalendlyScheduledEvent(
            EventUri,
            EventName,
            "active",
            Start,
            Start.AddHours(1),
            "https://api.calendly.com/event_types/TYPE1",
            Location,
            InviteesTotal: 1,
            InviteesActive: canceled ? 0 : 1,
            InviteesLimit: 1,
            CreatedAtUtc: CreatedAt,
            UpdatedAtUtc: CreatedAt,
            MemberUserUris: ["https://api.calendly.com/users/HOST"],
            Cancellation: null);
        var invitee = new CalendlyInvitee(
            InviteeUri,
            Email,
            Name,
            FirstName,
            LastName,
            canceled ? "canceled" : "active",
            EventUri,
            Answers,
            "Europe/Paris",
            TextReminderNumber,
            Rescheduled: NewInviteeUri is not null,
            OldInviteeUri,
            NewInviteeUri,
            $"https://calendly.com/cancellations/{InviteeId}",
            $"https://calendly.com/reschedulings/{InviteeId}",
            new CalendlyTracking("printemps", "instagram", "social", null, null, null),
            Cancellation,
            CreatedAt,
            UpdatedAt);
        return new RecordCalendlyBookingCommand(organizationId, scheduledEvent, invitee);
    }
}
