using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Control;

/// <summary>An invitee limit above 1 makes a group event type.</summary>
public sealed record NewEventType(
    Guid Owner,
    string Name = "30 Minute Meeting",
    int DurationMinutes = 30,
    int InviteeLimit = 1,
    EventLocation? Location = null,
    Guid? Uuid = null);
