namespace Velvena.Application.Calendly.Status;

public sealed record CalendlySyncRunDto(
    Guid Id,
    string Outcome,
    DateTime StartedAtUtc,
    DateTime? FinishedAtUtc,
    int EventsRead,
    int EventsChanged,
    int InviteesRead,
    int ProspectsCreated,
    int AppointmentsCreated,
    int AppointmentsUpdated,
    int AppointmentsCanceled,
    int CalendlyCalls,
    string? Error);
