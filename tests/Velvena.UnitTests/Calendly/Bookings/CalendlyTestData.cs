using Velvena.Application.Calendly.Models;

namespace Velvena.UnitTests.Calendly.Bookings;

/// <summary>Small builders for Calendly's records: a plain booking, with only what a test changes spelled out.</summary>
internal static class CalendlyTestData
{
    public static readonly DateTime Start = new(2030, 1, 15, 9, 0, 0, DateTimeKind.Utc);

    public static CalendlyScheduledEvent Event(CalendlyLocation? location = null) => new(
        Uri: "https://api.calendly.com/scheduled_events/EVENT1",
        Name: "Essayage robe de mariée",
        Status: "active",
        StartTimeUtc: Start,
        EndTimeUtc: Start.AddHours(1),
        EventType: "https://api.calendly.com/event_types/TYPE1",
        Location: location,
        InviteesTotal: 1,
        InviteesActive: 1,
        InviteesLimit: 1,
        CreatedAtUtc: Start.AddDays(-7),
        UpdatedAtUtc: Start.AddDays(-7),
        MemberUserUris: ["https://api.calendly.com/users/HOST"],
        Cancellation: null);

    public static CalendlyInvitee Invitee(string? textReminderNumber = null, params CalendlyQuestionAndAnswer[] answers) => new(
        Uri: "https://api.calendly.com/scheduled_events/EVENT1/invitees/INV1",
        Email: "alice.martin@example.com",
        Name: "Alice Martin",
        FirstName: null,
        LastName: null,
        Status: "active",
        EventUri: "https://api.calendly.com/scheduled_events/EVENT1",
        QuestionsAndAnswers: answers,
        Timezone: "Europe/Paris",
        TextReminderNumber: textReminderNumber,
        Rescheduled: false,
        OldInviteeUri: null,
        NewInviteeUri: null,
        CancelUrl: "https://calendly.com/cancellations/INV1",
        RescheduleUrl: "https://calendly.com/reschedulings/INV1",
        Tracking: null,
        Cancellation: null,
        CreatedAtUtc: Start.AddDays(-7),
        UpdatedAtUtc: Start.AddDays(-7));

    public static CalendlyQuestionAndAnswer Answer(string question, string answer, int position = 0) => new(question, answer, position);

    public static CalendlyLocation OutboundCall(string number) => new("outbound_call", number, null, null, null);
}
