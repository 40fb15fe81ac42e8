namespace Velvena.Application.Prospects;

public sealed record AppointmentDto(
    Guid Id,
    string CalendlyInviteeUri,
    string CalendlyEventUri,
    string EventName,
    DateTime StartUtc,
    DateTime EndUtc,
    string? Location,
    string Status,
    string? CancellationReason,
    string? CanceledBy,
    string? CancelerType,
    DateTime? CanceledAtUtc,
    string? RescheduledFromInviteeUri,
    string? RescheduledToInviteeUri);
