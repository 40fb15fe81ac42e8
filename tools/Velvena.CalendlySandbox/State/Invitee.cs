namespace Velvena.CalendlySandbox.State;

public sealed class Invitee
{
    public required Guid Uuid { get; init; }
    public required ScheduledEvent Event { get; init; }
    public required string Email { get; init; }
    public required string Name { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Timezone { get; init; }
    public IReadOnlyList<QuestionAndAnswer> QuestionsAndAnswers { get; init; } = [];
    public string? TextReminderNumber { get; init; }
    public InviteeTracking Tracking { get; init; } = InviteeTracking.Empty;
    public required DateTimeOffset CreatedAt { get; init; }
    public string Status { get; set; } = ResourceStatus.Active;
    public DateTimeOffset UpdatedAt { get; set; }
    public bool Rescheduled { get; set; }
    public Invitee? OldInvitee { get; set; }
    public Invitee? NewInvitee { get; set; }
    public CancellationRecord? Cancellation { get; set; }
}
