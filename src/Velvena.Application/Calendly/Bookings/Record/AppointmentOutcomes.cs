using Velvena.Domain.Prospects;

namespace Velvena.Application.Calendly.Bookings.Record;

/// <summary>Turns an appointment's transitions into what the sync counts.</summary>
internal static class AppointmentOutcomes
{
    /// <summary>The transition a booking seen for the first time already carries (a cancellation delivered first).</summary>
    public static AppointmentChanges StatusTransition(Appointment appointment) => appointment.Status switch
    {
        AppointmentStatus.Canceled => AppointmentChanges.Canceled,
        AppointmentStatus.Rescheduled => AppointmentChanges.Rescheduled,
        _ => AppointmentChanges.None,
    };

    public static BookingOutcome For(AppointmentChanges changes) =>
        changes.HasFlag(AppointmentChanges.Canceled) ? BookingOutcome.AppointmentCanceled
        : changes.HasFlag(AppointmentChanges.Rescheduled) ? BookingOutcome.AppointmentRescheduled
        : changes.HasFlag(AppointmentChanges.Booked) ? BookingOutcome.AppointmentAdded
        : changes.HasFlag(AppointmentChanges.DetailsChanged) ? BookingOutcome.AppointmentUpdated
        : BookingOutcome.Unchanged;
}
