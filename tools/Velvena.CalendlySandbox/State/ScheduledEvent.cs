namespace Velvena.CalendlySandbox.State;

public sealed class ScheduledEvent
{
    public required Guid Uuid { get; init; }
    public required Guid OrganizationUuid { get; init; }
    public required Guid HostUuid { get; init; }
    public required Guid EventTypeUuid { get; init; }
    public required string Name { get; init; }
    public required DateTimeOffset StartTime { get; init; }
    public required DateTimeOffset EndTime { get; init; }
    public required EventLocation Location { get; init; }
    public required int InviteeLimit { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string Status { get; set; } = ResourceStatus.Active;
    public DateTimeOffset UpdatedAt { get; set; }
    public CancellationRecord? Cancellation { get; set; }
    public List<Invitee> Invitees { get; } = [];

    public int ActiveInviteeCount => Invitees.Count(i => i.Status == ResourceStatus.Active);
}
