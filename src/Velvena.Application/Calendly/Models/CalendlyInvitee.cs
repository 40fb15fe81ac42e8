namespace Velvena.Application.Calendly.Models;

/// <summary>One invitee of one scheduled event, as the API list and the webhook payload both carry it.</summary>
public sealed record CalendlyInvitee(
    string Uri,
    string Email,
    string Name,
    string? FirstName,
    string? LastName,
    string Status,
    string EventUri,
    IReadOnlyList<CalendlyQuestionAndAnswer> QuestionsAndAnswers,
    string? Timezone,
    string? TextReminderNumber,
    bool Rescheduled,
    string? OldInviteeUri,
    string? NewInviteeUri,
    string? CancelUrl,
    string? RescheduleUrl,
    CalendlyTracking? Tracking,
    CalendlyCancellation? Cancellation,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc);
