namespace Velvena.Domain.Prospects;

/// <summary>The state transitions one Calendly copy of an invitee caused on its appointment.</summary>
[Flags]
public enum AppointmentChanges
{
    None = 0,

    /// <summary>The appointment was created (happens once per invitee URI).</summary>
    Booked = 1,

    /// <summary>Event, times, location or cancellation details changed, without a status transition.</summary>
    DetailsChanged = 2,

    /// <summary>Became <see cref="AppointmentStatus.Canceled"/> (happens at most once: a cancellation never reverts).</summary>
    Canceled = 4,

    /// <summary>Became <see cref="AppointmentStatus.Rescheduled"/> (at most once, like <see cref="Canceled"/>).</summary>
    Rescheduled = 8,
}
