using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Control;

/// <summary>
/// Books a new scheduled event. Name the event type, or the host (whose first event type is used, or a
/// default one created). For an outbound_call location without text, the invitee's phone is used.
/// </summary>
public sealed record NewBooking(
    NewInvitee Invitee,
    DateTimeOffset StartTime,
    Guid? EventType = null,
    Guid? Host = null,
    EventLocation? Location = null,
    bool SendWebhooks = true);
