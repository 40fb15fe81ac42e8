using Velvena.Application.Calendly.Bookings;
using Velvena.Domain.Prospects;

namespace Velvena.IntegrationTests.Calendly.Bookings;

/// <summary>Cancellations and reschedules, delivered in order, out of order, twice or late: one end state.</summary>
[TestFixture]
public sealed class BookingLifecycleTests
{
    private static readonly DateTime CanceledAt = BookingBuilder.BookedAt.AddDays(2);

    private BookingTestHost _host = null!;
    private Guid _organization;

    [OneTimeSetUp]
    public void StartApi() => _host = new BookingTestHost();

    [OneTimeTearDown]
    public void StopApi() => _host.Dispose();

    [SetUp]
    public async Task NewOrganization() => _organization = await _host.CreateOrganizationAsync();

    [Test]
    public async Task A_cancellation_cancels_the_appointment_notes_it_once_and_keeps_the_prospect()
    {
        var booking = BookingBuilder.Invitee();
        var canceled = booking.CanceledByInvitee("Empêchement", CanceledAt);
        await _host.SendAsync(booking, _organization);

        var outcomes = new[]
        {
            await _host.SendAsync(canceled, _organization),
            await _host.SendAsync(canceled, _organization),
            await _host.SendAsync(booking, _organization),
        };

        var prospect = await _host.SingleProspectAsync(_organization);
        var appointment = prospect.Appointments.Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcomes, Is.EqualTo(new[] { BookingOutcome.AppointmentCanceled, BookingOutcome.Unchanged, BookingOutcome.Unchanged }));
            Assert.That(appointment.Status, Is.EqualTo(AppointmentStatus.Canceled), "a cancellation never reverts");
            Assert.That(appointment.CancellationReason, Is.EqualTo("Empêchement"));
            Assert.That(appointment.CanceledBy, Is.EqualTo("Alice Martin"));
            Assert.That(appointment.CancelerType, Is.EqualTo("invitee"));
            Assert.That(appointment.CanceledAtUtc, Is.EqualTo(CanceledAt));
            Assert.That(prospect.Status, Is.EqualTo(ProspectStatuses.Nouveau));
            Assert.That(prospect.Notes, Does.EndWith("\n\nRDV Calendly annulé : Essayage robe de mariée du mardi 15 janvier 2030 à 10h00 — motif : Empêchement"));
            Assert.That(Occurrences(prospect.Notes, "RDV Calendly annulé"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_cancellation_seen_before_the_booking_ends_as_in_order_delivery()
    {
        var inOrder = _organization;
        var outOfOrder = await _host.CreateOrganizationAsync();
        var booking = BookingBuilder.Invitee();
        var canceled = booking.CanceledByInvitee("Empêchement", CanceledAt);

        await _host.SendAsync(booking, inOrder);
        await _host.SendAsync(canceled, inOrder);
        var outcomes = new[] { await _host.SendAsync(canceled, outOfOrder), await _host.SendAsync(booking, outOfOrder) };

        var prospect = await _host.SingleProspectAsync(outOfOrder);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(outcomes, Is.EqualTo(new[] { BookingOutcome.ProspectCreated, BookingOutcome.Unchanged }));
            Assert.That(prospect.Appointments.Single().Status, Is.EqualTo(AppointmentStatus.Canceled));
            Assert.That(await _host.EndStateAsync(outOfOrder), Is.EqualTo(await _host.EndStateAsync(inOrder)));
        });
    }

    [Test]
    public async Task A_host_canceling_an_event_cancels_each_invitee()
    {
        var first = BookingBuilder.Invitee("GROUP", "INV1");
        var second = BookingBuilder.Invitee("GROUP", "INV2").WithEmail("bea@example.com").WithName("Béa");
        await _host.SendAsync(first, _organization);
        await _host.SendAsync(second, _organization);

        await _host.SendAsync(first.CanceledByHost("Fermeture exceptionnelle", CanceledAt), _organization);
        await _host.SendAsync(second.CanceledByHost("Fermeture exceptionnelle", CanceledAt), _organization);

        var prospects = await _host.ProspectsAsync(_organization);
        Assert.That(prospects, Has.Count.EqualTo(2));
        Assert.That(prospects.SelectMany(p => p.Appointments).Select(a => (a.Status, a.CancelerType)), Is.All.EqualTo((AppointmentStatus.Canceled, "host")));
        Assert.That(prospects.Select(p => p.Notes), Is.All.Contain("— motif : Fermeture exceptionnelle"));
    }

    [Test]
    public async Task A_reschedule_ends_the_same_whichever_half_comes_first()
    {
        var oldFirst = _organization;
        var newFirst = await _host.CreateOrganizationAsync();
        var original = BookingBuilder.Invitee("EVENT1", "OLD");
        var replacement = BookingBuilder.Invitee("EVENT2", "NEW")
            .At(BookingBuilder.DefaultStart.AddDays(2))
            .BookedAtTime(CanceledAt)
            .RescheduledFrom(original);
        var oldHalf = original.RescheduledTo(replacement, CanceledAt);

        await _host.SendAsync(original, oldFirst);
        var oldFirstOutcomes = new[] { await _host.SendAsync(oldHalf, oldFirst), await _host.SendAsync(replacement, oldFirst) };
        await _host.SendAsync(original, newFirst);
        var newFirstOutcomes = new[] { await _host.SendAsync(replacement, newFirst), await _host.SendAsync(oldHalf, newFirst) };

        var prospect = await _host.SingleProspectAsync(oldFirst);
        var moved = prospect.Appointments.Single(a => a.CalendlyInviteeUri == original.InviteeUri);
        var current = prospect.Appointments.Single(a => a.CalendlyInviteeUri == replacement.InviteeUri);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(oldFirstOutcomes, Is.EqualTo(new[] { BookingOutcome.AppointmentRescheduled, BookingOutcome.AppointmentAdded }));
            Assert.That(newFirstOutcomes, Is.EqualTo(new[] { BookingOutcome.AppointmentAdded, BookingOutcome.AppointmentRescheduled }));
            Assert.That(await _host.EndStateAsync(newFirst), Is.EqualTo(await _host.EndStateAsync(oldFirst)));

            Assert.That(moved.Status, Is.EqualTo(AppointmentStatus.Rescheduled));
            Assert.That(moved.RescheduledToInviteeUri, Is.EqualTo(replacement.InviteeUri));
            Assert.That(current.Status, Is.EqualTo(AppointmentStatus.Scheduled));
            Assert.That(current.RescheduledFromInviteeUri, Is.EqualTo(original.InviteeUri));
            Assert.That(Occurrences(prospect.Notes, "RDV Calendly : "), Is.EqualTo(1), "no second 'new booking' note");
            Assert.That(Occurrences(prospect.Notes, "RDV Calendly annulé"), Is.Zero);
            Assert.That(prospect.Notes, Does.Contain("\n\nRDV Calendly déplacé : Essayage robe de mariée, désormais le jeudi 17 janvier 2030 à 10h00"));
            Assert.That(prospect.Metadata.CalendlyInviteeUri, Is.EqualTo(replacement.InviteeUri));
        });
    }

    [Test]
    public async Task A_late_older_copy_does_not_overwrite_newer_state()
    {
        var booking = BookingBuilder.Invitee().AtLocation("Boutique rive gauche");
        var newest = booking.AtLocation("Boutique du Marais").UpdatedAtTime(BookingBuilder.BookedAt.AddHours(3));
        var older = booking.AtLocation("Salon privé").UpdatedAtTime(BookingBuilder.BookedAt.AddHours(1));
        await _host.SendAsync(booking, _organization);
        await _host.SendAsync(newest, _organization);

        var outcome = await _host.SendAsync(older, _organization);

        var prospect = await _host.SingleProspectAsync(_organization);
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(BookingOutcome.Unchanged));
            Assert.That(prospect.Appointments.Single().Location, Is.EqualTo("Boutique du Marais"));
            Assert.That(prospect.Appointments.Single().CalendlyUpdatedAtUtc, Is.EqualTo(BookingBuilder.BookedAt.AddHours(3)));
            Assert.That(prospect.Metadata.EventLocation, Is.EqualTo("Boutique du Marais"));
        });
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
