using Velvena.Application.Calendly.Bookings;
using Velvena.Domain.Calendly;

namespace Velvena.Application.Calendly.Sync.SyncOrganization;

/// <summary>Running counts of one organization sync.</summary>
internal sealed class SyncProgress
{
    public int EventsRead { get; set; }

    public int EventsChanged { get; set; }

    public int InviteesRead { get; set; }

    public int ProspectsCreated { get; private set; }

    public int AppointmentsCreated { get; private set; }

    public int AppointmentsUpdated { get; private set; }

    public int AppointmentsCanceled { get; private set; }

    public void Count(BookingOutcome outcome)
    {
        switch (outcome)
        {
            case BookingOutcome.ProspectCreated:
                ProspectsCreated++;
                AppointmentsCreated++;
                break;
            case BookingOutcome.AppointmentAdded:
                AppointmentsCreated++;
                break;
            case BookingOutcome.AppointmentUpdated:
            case BookingOutcome.AppointmentRescheduled:
                AppointmentsUpdated++;
                break;
            case BookingOutcome.AppointmentCanceled:
                AppointmentsCanceled++;
                break;
            case BookingOutcome.Unchanged:
            default:
                break;
        }
    }

    public CalendlySyncCounts ToCounts(int calendlyCalls) => new(
        EventsRead, EventsChanged, InviteesRead, ProspectsCreated, AppointmentsCreated, AppointmentsUpdated, AppointmentsCanceled, calendlyCalls);
}
