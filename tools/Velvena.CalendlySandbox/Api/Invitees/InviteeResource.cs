using System.Text.Json.Serialization;
using Velvena.CalendlySandbox.Api.Events;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Api.Invitees;

public sealed record InviteeResource(
    string Uri,
    string Email,
    string? FirstName,
    string? LastName,
    string Name,
    string Status,
    IReadOnlyList<QuestionAndAnswer> QuestionsAndAnswers,
    string? Timezone,
    string Event,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    InviteeTracking Tracking,
    string? TextReminderNumber,
    bool Rescheduled,
    string? OldInvitee,
    string? NewInvitee,
    string CancelUrl,
    string RescheduleUrl,
    string? RoutingFormSubmission,
    object? Payment,
    object? NoShow,
    object? Reconfirmation,
    string? SchedulingMethod,
    string? InviteeScheduledBy)
{
    // Calendly's schema types cancellation as an object, not nullable: absent until the invitee cancels.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CancellationResource? Cancellation { get; init; }
}
