namespace Velvena.CalendlySandbox.Control;

public sealed record BookingResult(Guid EventUuid, Guid InviteeUuid, string EventUri, string InviteeUri);
