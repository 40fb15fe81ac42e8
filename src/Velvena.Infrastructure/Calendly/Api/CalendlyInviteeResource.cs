namespace Velvena.Infrastructure.Calendly.Api;

/// <summary>
/// Calendly's <c>Invitee</c>. Members we do not map (payment, whose amount is a number in old payloads and a
/// string in the newest schema, no_show, reconfirmation, routing_form_submission…) are deliberately not declared.
/// </summary>
internal sealed class CalendlyInviteeResource
{
    public string? Uri { get; init; }
    public string? Email { get; init; }
    public string? Name { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Status { get; init; }
    public string? Event { get; init; }
    public IReadOnlyList<CalendlyQuestionAndAnswerResource>? QuestionsAndAnswers { get; init; }
    public string? Timezone { get; init; }
    public string? TextReminderNumber { get; init; }
    public bool? Rescheduled { get; init; }
    public string? OldInvitee { get; init; }
    public string? NewInvitee { get; init; }
    public string? CancelUrl { get; init; }
    public string? RescheduleUrl { get; init; }
    public CalendlyTrackingResource? Tracking { get; init; }
    public CalendlyCancellationResource? Cancellation { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
}
