namespace Velvena.Application.Calendly.Bookings;

/// <summary>What applying a booking changed; sync counts these, nothing else depends on them.</summary>
public enum BookingOutcome
{
    /// <summary>Already recorded exactly like this: nothing written.</summary>
    Unchanged = 0,

    /// <summary>A new prospect with its first appointment.</summary>
    ProspectCreated = 1,

    /// <summary>A returning person: a new appointment on the existing prospect.</summary>
    AppointmentAdded = 2,

    /// <summary>An existing appointment changed (times, location, details).</summary>
    AppointmentUpdated = 3,

    AppointmentCanceled = 4,

    AppointmentRescheduled = 5,
}
