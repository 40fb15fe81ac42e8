using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Velvena.Application.Calendly.Bookings.Notes;
using Velvena.Application.Calendly.Bookings.People;
using Velvena.Application.Calendly.Bookings.Phones;
using Velvena.Application.Common.Exceptions;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Common;
using Velvena.Domain.Organizations;
using Velvena.Domain.Prospects;

namespace Velvena.Application.Calendly.Bookings.Record;

internal sealed class RecordCalendlyBookingCommandHandler(
    IAppDbContext db,
    TimeProvider clock,
    ILogger<RecordCalendlyBookingCommandHandler> logger)
    : ICommandHandler<RecordCalendlyBookingCommand, BookingOutcome>
{
    // Each lost race lets one more writer through, so a burst of N copies touching one person needs up to N
    // attempts; 30 covers a 20-way burst (webhook + sync + redeliveries are a handful in practice).
    private const int MaxAttempts = 30;

    public async ValueTask<BookingOutcome> Handle(RecordCalendlyBookingCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var organization = await db.Organizations
            .AsNoTracking()
            .Where(o => o.Id == command.OrganizationId)
            .Select(o => new { o.TimeZone, o.CountryCode })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For(nameof(Organization), command.OrganizationId);

        var context = new BookingContext(
            command.OrganizationId,
            CalendlyBooking.Read(command.Event, command.Invitee),
            command,
            FrenchAppointmentNotes.For(organization.TimeZone),
            PhoneNumberNormalizer.Normalize(InviteePhoneExtractor.Extract(command.Invitee, command.Event), organization.CountryCode));

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyAsync(context, cancellationToken);
            }
            catch (DbUpdateException exception) when (attempt < MaxAttempts)
            {
                // Another writer got there first: a unique index (same person, same invitee) or a concurrency token
                // (same prospect or appointment changed since it was read). Forget what was loaded and apply the
                // booking again on top of what the other writer saved.
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    logger.LogDebug(exception, "Booking {InviteeUri} lost a race (attempt {Attempt}); applying it again", context.Booking.InviteeUri, attempt);
                }

                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 + (5 * attempt))), cancellationToken);
            }
        }
    }

    private async Task<BookingOutcome> ApplyAsync(BookingContext context, CancellationToken cancellationToken)
    {
        var booking = context.Booking;
        var now = clock.GetUtcNow().UtcDateTime;
        var prospectCreated = false;

        var appointment = await db.Appointments
            .FirstOrDefaultAsync(a => a.OrganizationId == context.OrganizationId && a.CalendlyInviteeUri == booking.InviteeUri, cancellationToken);

        Prospect prospect;
        AppointmentChanges changes;
        if (appointment is not null)
        {
            var prospectId = appointment.ProspectId;
            prospect = await db.Prospects.Include(p => p.Appointments).SingleAsync(p => p.Id == prospectId, cancellationToken);
            changes = appointment.ApplyCalendlyState(booking.Details, booking.Cancellation, booking.CalendlyUpdatedAtUtc, now);
        }
        else
        {
            var existing = await FindProspectAsync(context, cancellationToken);
            prospectCreated = existing is null;
            prospect = existing ?? CreateProspect(context, now);
            appointment = Appointment.Book(
                Guid.NewGuid(),
                context.OrganizationId,
                prospect.Id,
                booking.InviteeUri,
                booking.Details,
                booking.RescheduledFromInviteeUri,
                booking.Cancellation,
                booking.BookedAtUtc,
                booking.CalendlyUpdatedAtUtc,
                now);
            prospect.AddAppointment(appointment);
            db.Appointments.Add(appointment);
            changes = AppointmentChanges.Booked | AppointmentOutcomes.StatusTransition(appointment);
        }

        AppendNotes(prospect, appointment, changes, context, now);
        prospect.AddPhoneIfMissing(context.Phone, now);
        if (changes != AppointmentChanges.None)
        {
            prospect.DescribeBookingIfLatest(appointment, booking.Metadata, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return prospectCreated ? BookingOutcome.ProspectCreated : AppointmentOutcomes.For(changes);
    }

    /// <summary>A moved booking stays with the person it was moved from; anyone else is found by e-mail.</summary>
    private async Task<Prospect?> FindProspectAsync(BookingContext context, CancellationToken cancellationToken)
    {
        var movedFrom = context.Booking.RescheduledFromInviteeUri;
        if (movedFrom is not null)
        {
            var previousProspectId = await db.Appointments
                .Where(a => a.OrganizationId == context.OrganizationId && a.CalendlyInviteeUri == movedFrom)
                .Select(a => (Guid?)a.ProspectId)
                .FirstOrDefaultAsync(cancellationToken);
            if (previousProspectId is { } id)
            {
                return await db.Prospects.Include(p => p.Appointments).SingleAsync(p => p.Id == id, cancellationToken);
            }
        }

        var email = EmailAddress.Normalize(context.Command.Invitee.Email);
        return await db.Prospects
            .Include(p => p.Appointments)
            .FirstOrDefaultAsync(p => p.OrganizationId == context.OrganizationId && p.NormalizedEmail == email, cancellationToken);
    }

    private Prospect CreateProspect(BookingContext context, DateTime now)
    {
        var invitee = context.Command.Invitee;
        var name = InviteeNameSplitter.Split(invitee.FirstName, invitee.LastName, invitee.Name);
        var prospect = new Prospect(Guid.NewGuid(), context.OrganizationId, name.FirstName, name.LastName, invitee.Email, context.Phone, now);
        db.Prospects.Add(prospect);
        return prospect;
    }

    // Each note follows a transition that happens once per invitee URI (created once: unique index; canceled once:
    // a cancellation never reverts), and is saved in the same transaction as that transition, so it is written once.
    private static void AppendNotes(Prospect prospect, Appointment appointment, AppointmentChanges changes, BookingContext context, DateTime now)
    {
        var booking = context.Booking;
        var answers = context.Command.Invitee.QuestionsAndAnswers;
        if (changes.HasFlag(AppointmentChanges.Booked))
        {
            prospect.AppendNote(
                booking.RescheduledFromInviteeUri is null
                    ? context.Notes.Booked(appointment.EventName, appointment.StartUtc, answers)
                    : context.Notes.Moved(appointment.EventName, appointment.StartUtc, answers),
                now);
        }

        // A rescheduled booking gets no note of its own: the new booking's "déplacé" note tells the story.
        if (changes.HasFlag(AppointmentChanges.Canceled))
        {
            prospect.AppendNote(context.Notes.Canceled(appointment.EventName, appointment.StartUtc, appointment.CancellationReason), now);
        }
    }

    private sealed record BookingContext(
        Guid OrganizationId,
        CalendlyBooking Booking,
        RecordCalendlyBookingCommand Command,
        FrenchAppointmentNotes Notes,
        string? Phone);
}
