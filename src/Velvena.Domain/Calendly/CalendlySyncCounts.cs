namespace Velvena.Domain.Calendly;

/// <summary>What one organization sync read from Calendly and changed in Velvena.</summary>
public sealed record CalendlySyncCounts(
    int EventsRead,
    int EventsChanged,
    int InviteesRead,
    int ProspectsCreated,
    int AppointmentsCreated,
    int AppointmentsUpdated,
    int AppointmentsCanceled,
    int CalendlyCalls)
{
    public static readonly CalendlySyncCounts Zero = new(0, 0, 0, 0, 0, 0, 0, 0);
}
