namespace Velvena.Domain.Prospects;

/// <summary>
/// How a booking ended. <see cref="RescheduledToInviteeUri"/> is set when the invitee moved the meeting
/// (Calendly cancels the old invitee and books a new one).
/// </summary>
public sealed record AppointmentCancellation(
    string? Reason,
    string? CanceledBy,
    string? CancelerType,
    DateTime CanceledAtUtc,
    string? RescheduledToInviteeUri);
