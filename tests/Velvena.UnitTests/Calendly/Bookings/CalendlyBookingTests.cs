using Velvena.Application.Calendly.Bookings.Record;
using Velvena.Application.Calendly.Models;
using Velvena.Domain.Prospects;
using static Velvena.UnitTests.Calendly.Bookings.CalendlyTestData;

namespace Velvena.UnitTests.Calendly.Bookings;

[TestFixture]
public sealed class CalendlyBookingTests
{
    [Test]
    public void The_location_is_the_join_url_when_there_is_one()
    {
        var zoom = new CalendlyLocation("zoom", null, "https://zoom.us/j/123", "pushed", null);
        var physical = new CalendlyLocation("physical", "12 rue de la Paix", null, null, null);

        Assert.Multiple(() =>
        {
            Assert.That(CalendlyBooking.Read(Event(zoom), Invitee()).Metadata.EventLocation, Is.EqualTo("https://zoom.us/j/123"));
            Assert.That(CalendlyBooking.Read(Event(physical), Invitee()).Details.Location, Is.EqualTo("12 rue de la Paix"));
            Assert.That(CalendlyBooking.Read(Event(), Invitee()).Details.Location, Is.Null);
        });
    }

    [Test]
    public void A_canceled_invitee_that_was_rescheduled_names_its_replacement()
    {
        var canceledAt = Start.AddDays(-1);
        var invitee = Invitee() with
        {
            Status = "canceled",
            Rescheduled = true,
            NewInviteeUri = "https://api.calendly.com/scheduled_events/EVENT2/invitees/INV2",
            Cancellation = new CalendlyCancellation("Alice Martin", "Autre date", "invitee", canceledAt),
            UpdatedAtUtc = canceledAt,
        };

        var booking = CalendlyBooking.Read(Event(), invitee);

        Assert.That(booking.Cancellation, Is.EqualTo(new AppointmentCancellation("Autre date", "Alice Martin", "invitee", canceledAt, invitee.NewInviteeUri)));
        Assert.That(booking.CalendlyUpdatedAtUtc, Is.EqualTo(canceledAt));
    }

    [Test]
    public void An_invitee_of_an_event_the_host_canceled_is_canceled()
    {
        var hostCancellation = new CalendlyCancellation("Boutique", "Fermeture exceptionnelle", "host", Start.AddDays(-2));
        var scheduledEvent = Event() with { Status = "canceled", Cancellation = hostCancellation, UpdatedAtUtc = Start.AddDays(-2) };

        var booking = CalendlyBooking.Read(scheduledEvent, Invitee());

        Assert.That(booking.Cancellation?.CancelerType, Is.EqualTo("host"));
        Assert.That(booking.Cancellation?.Reason, Is.EqualTo("Fermeture exceptionnelle"));
        Assert.That(booking.CalendlyUpdatedAtUtc, Is.EqualTo(Start.AddDays(-2)), "the later of the invitee's and the event's updated_at");
    }
}
