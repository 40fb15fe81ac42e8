namespace Velvena.Domain.Prospects;

public enum AppointmentStatus
{
    Scheduled = 0,
    Canceled = 1,

    /// <summary>Canceled by a reschedule; <see cref="Appointment.RescheduledToInviteeUri"/> names the booking that replaced it.</summary>
    Rescheduled = 2,
}
