namespace Velvena.CalendlySandbox.State;

public sealed class EventType
{
    public required Guid Uuid { get; init; }
    public required Guid OwnerUuid { get; init; }
    public required string Name { get; init; }
    public required int DurationMinutes { get; init; }

    /// <summary>1 for one-to-one event types; more for group event types.</summary>
    public required int InviteeLimit { get; init; }

    public required EventLocation DefaultLocation { get; init; }
}
