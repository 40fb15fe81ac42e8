using Velvena.Application.Calendly.Models;
using Velvena.Domain.Prospects;

namespace Velvena.Application.Calendly.Bookings.Record;

/// <summary>One Calendly invitee of one scheduled event, read as the facts an appointment is made of.</summary>
internal sealed record CalendlyBooking(
    string InviteeUri,
    AppointmentDetails Details,
    AppointmentCancellation? Cancellation,
    string? RescheduledFromInviteeUri,
    DateTime BookedAtUtc,
    DateTime CalendlyUpdatedAtUtc,
    ProspectMetadata Metadata)
{
    private const string Canceled = "canceled";

    public static CalendlyBooking Read(CalendlyScheduledEvent scheduledEvent, CalendlyInvitee invitee)
    {
        ArgumentNullException.ThrowIfNull(scheduledEvent);
        ArgumentNullException.ThrowIfNull(invitee);

        var location = EventLocation(scheduledEvent.Location);
        var details = new AppointmentDetails(scheduledEvent.Uri, scheduledEvent.Name, scheduledEvent.StartTimeUtc, scheduledEvent.EndTimeUtc, location);

        // The invitee's and the event's updated_at both move (a host edits the event, the invitee cancels):
        // the later of the two orders the copies of this invitee.
        var updatedAtUtc = invitee.UpdatedAtUtc > scheduledEvent.UpdatedAtUtc ? invitee.UpdatedAtUtc : scheduledEvent.UpdatedAtUtc;

        return new CalendlyBooking(
            invitee.Uri,
            details,
            ReadCancellation(scheduledEvent, invitee),
            string.IsNullOrWhiteSpace(invitee.OldInviteeUri) ? null : invitee.OldInviteeUri,
            invitee.CreatedAtUtc,
            updatedAtUtc,
            new ProspectMetadata
            {
                CalendlyEventUri = scheduledEvent.Uri,
                CalendlyInviteeUri = invitee.Uri,
                EventName = scheduledEvent.Name,
                EventStartUtc = scheduledEvent.StartTimeUtc,
                EventEndUtc = scheduledEvent.EndTimeUtc,
                EventLocation = location,
                UtmSource = invitee.Tracking?.UtmSource,
                UtmMedium = invitee.Tracking?.UtmMedium,
                UtmCampaign = invitee.Tracking?.UtmCampaign,
                UtmContent = invitee.Tracking?.UtmContent,
                UtmTerm = invitee.Tracking?.UtmTerm,
                CancelUrl = invitee.CancelUrl,
                RescheduleUrl = invitee.RescheduleUrl,
            });
    }

    /// <summary>A meeting's join URL when it has one, else the location text (address, phone, free text).</summary>
    private static string? EventLocation(CalendlyLocation? location) =>
        !string.IsNullOrWhiteSpace(location?.JoinUrl) ? location.JoinUrl
        : !string.IsNullOrWhiteSpace(location?.Location) ? location.Location
        : null;

    // A host canceling the whole event cancels every invitee; an invitee still marked active on a canceled event
    // is read as canceled too, with the event's cancellation.
    private static AppointmentCancellation? ReadCancellation(CalendlyScheduledEvent scheduledEvent, CalendlyInvitee invitee)
    {
        var canceled = invitee.Cancellation is not null
            || string.Equals(invitee.Status, Canceled, StringComparison.OrdinalIgnoreCase)
            || string.Equals(scheduledEvent.Status, Canceled, StringComparison.OrdinalIgnoreCase);
        if (!canceled)
        {
            return null;
        }

        var cancellation = invitee.Cancellation ?? scheduledEvent.Cancellation;
        var rescheduledTo = invitee.Rescheduled && !string.IsNullOrWhiteSpace(invitee.NewInviteeUri) ? invitee.NewInviteeUri : null;
        return new AppointmentCancellation(
            cancellation?.Reason,
            cancellation?.CanceledBy,
            cancellation?.CancelerType,
            cancellation?.CreatedAtUtc ?? invitee.UpdatedAtUtc,
            rescheduledTo);
    }
}
