using Velvena.Application.Calendly.Bookings.Notes;
using Velvena.Application.Calendly.Bookings.People;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Prospects;

namespace Velvena.Application.Calendly.Bookings.Record;

/// <summary>
/// What one Calendly invitee does to the organization's prospects and appointments: idempotent and order-independent,
/// whatever copy (webhook, sync, redelivery) arrives first.
/// </summary>
internal sealed class BookingRules(IAppDbContext db, BookingBatchState state, Guid organizationId, FrenchAppointmentNotes notes, DateTime nowUtc)
{
    public BookingOutcome Apply(BookingInput input)
    {
        var booking = input.Booking;
        var prospectCreated = false;

        Prospect prospect;
        AppointmentChanges changes;
        var appointment = state.FindAppointment(booking.InviteeUri);
        if (appointment is not null)
        {
            prospect = state.ProspectOf(appointment);
            changes = appointment.ApplyCalendlyState(booking.Details, booking.Cancellation, booking.CalendlyUpdatedAtUtc, nowUtc);
        }
        else
        {
            var existing = FindProspect(input);
            prospectCreated = existing is null;
            prospect = existing ?? CreateProspect(input);
            appointment = Appointment.Book(
                Guid.NewGuid(),
                organizationId,
                prospect.Id,
                booking.InviteeUri,
                booking.Details,
                booking.RescheduledFromInviteeUri,
                booking.Cancellation,
                booking.BookedAtUtc,
                booking.CalendlyUpdatedAtUtc,
                nowUtc);
            prospect.AddAppointment(appointment);
            db.Appointments.Add(appointment);
            state.Add(appointment);
            changes = AppointmentChanges.Booked | AppointmentOutcomes.StatusTransition(appointment);
        }

        AppendNotes(prospect, appointment, changes, input);
        prospect.AddPhoneIfMissing(input.Phone, nowUtc);
        if (changes != AppointmentChanges.None)
        {
            prospect.DescribeBookingIfLatest(appointment, booking.Metadata, nowUtc);
        }

        return prospectCreated ? BookingOutcome.ProspectCreated : AppointmentOutcomes.For(changes);
    }

    /// <summary>A moved booking stays with the person it was moved from; anyone else is found by e-mail.</summary>
    private Prospect? FindProspect(BookingInput input) =>
        input.Booking.RescheduledFromInviteeUri is { } movedFrom && state.FindAppointment(movedFrom) is { } previous
            ? state.ProspectOf(previous)
            : state.FindProspectByEmail(input.NormalizedEmail);

    private Prospect CreateProspect(BookingInput input)
    {
        var invitee = input.Invitee;
        var name = InviteeNameSplitter.Split(invitee.FirstName, invitee.LastName, invitee.Name);
        var prospect = new Prospect(Guid.NewGuid(), organizationId, name.FirstName, name.LastName, invitee.Email, input.Phone, nowUtc);
        db.Prospects.Add(prospect);
        state.Add(prospect);
        return prospect;
    }

    // Each note follows a transition that happens once per invitee URI (created once: unique index; canceled once:
    // a cancellation never reverts), and is saved in the same transaction as that transition, so it is written once.
    private void AppendNotes(Prospect prospect, Appointment appointment, AppointmentChanges changes, BookingInput input)
    {
        var booking = input.Booking;
        var answers = input.Invitee.QuestionsAndAnswers;
        if (changes.HasFlag(AppointmentChanges.Booked))
        {
            prospect.AppendNote(
                booking.RescheduledFromInviteeUri is null
                    ? notes.Booked(appointment.EventName, appointment.StartUtc, answers)
                    : notes.Moved(appointment.EventName, appointment.StartUtc, answers),
                nowUtc);
        }

        // A rescheduled booking gets no note of its own: the new booking's "déplacé" note tells the story.
        if (changes.HasFlag(AppointmentChanges.Canceled))
        {
            prospect.AppendNote(notes.Canceled(appointment.EventName, appointment.StartUtc, appointment.CancellationReason), nowUtc);
        }
    }
}
