using Velvena.Application.Calendly.Bookings;
using Velvena.Application.Common.Exceptions;
using Velvena.Domain.Prospects;

namespace Velvena.IntegrationTests.Calendly.Bookings;

[TestFixture]
public sealed class RecordCalendlyBookingTests
{
    private BookingTestHost _host = null!;
    private Guid _organization;

    [OneTimeSetUp]
    public void StartApi() => _host = new BookingTestHost();

    [OneTimeTearDown]
    public void StopApi() => _host.Dispose();

    [SetUp]
    public async Task NewOrganization() => _organization = await _host.CreateOrganizationAsync();

    [Test]
    public async Task A_new_booking_creates_a_prospect_with_phone_notes_and_metadata()
    {
        var booking = BookingBuilder.Invitee();

        var outcome = await _host.SendAsync(booking, _organization);

        var prospect = await _host.SingleProspectAsync(_organization);
        var appointment = prospect.Appointments.Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(BookingOutcome.ProspectCreated));
            Assert.That(prospect.Status, Is.EqualTo(ProspectStatuses.Nouveau));
            Assert.That(prospect.Source, Is.EqualTo(ProspectSources.Calendly));
            Assert.That(prospect.Type, Is.EqualTo(ProspectTypes.Prospect));
            Assert.That(prospect.FirstName, Is.EqualTo("Alice"));
            Assert.That(prospect.LastName, Is.EqualTo("Martin"));
            Assert.That(prospect.Email, Is.EqualTo("alice.martin@example.com"));
            Assert.That(prospect.Phone, Is.EqualTo("+33612345678"));
            Assert.That(prospect.Notes, Is.EqualTo(
                "RDV Calendly : Essayage robe de mariée le mardi 15 janvier 2030 à 10h00\n"
                + "Date du mariage : 12 septembre 2030\n"
                + "Budget : 2 000 €"));
            Assert.That(prospect.Metadata, Is.EqualTo(new ProspectMetadata
            {
                CalendlyEventUri = booking.EventUri,
                CalendlyInviteeUri = booking.InviteeUri,
                EventName = "Essayage robe de mariée",
                EventStartUtc = BookingBuilder.DefaultStart,
                EventEndUtc = BookingBuilder.DefaultStart.AddHours(1),
                EventLocation = "https://zoom.us/j/1234",
                UtmSource = "instagram",
                UtmMedium = "social",
                UtmCampaign = "printemps",
                CancelUrl = "https://calendly.com/cancellations/INV1",
                RescheduleUrl = "https://calendly.com/reschedulings/INV1",
            }));
            Assert.That(appointment.CalendlyInviteeUri, Is.EqualTo(booking.InviteeUri));
            Assert.That(appointment.Status, Is.EqualTo(AppointmentStatus.Scheduled));
            Assert.That(appointment.StartUtc, Is.EqualTo(BookingBuilder.DefaultStart));
            Assert.That(appointment.Location, Is.EqualTo("https://zoom.us/j/1234"));
            Assert.That(appointment.CalendlyUpdatedAtUtc, Is.EqualTo(BookingBuilder.BookedAt));
        });
    }

    [Test]
    public async Task A_single_name_field_is_split_into_first_and_last_name()
    {
        await _host.SendAsync(BookingBuilder.Invitee().WithName("  Jean   Pierre  Dupont "), _organization);

        var prospect = await _host.SingleProspectAsync(_organization);
        Assert.That((prospect.FirstName, prospect.LastName), Is.EqualTo(("Jean", "Pierre Dupont")));
    }

    [Test]
    public async Task A_returning_person_gets_a_second_appointment_and_an_appended_note()
    {
        var first = BookingBuilder.Invitee("EVENT1", "INV1");
        var second = BookingBuilder.Invitee("EVENT2", "INV2")
            .WithEmail("  Alice.MARTIN@example.com ")
            .WithPhone("07 99 99 99 99")
            .At(BookingBuilder.DefaultStart.AddDays(30))
            .AtLocation("12 rue de la Paix, Paris")
            .BookedAtTime(BookingBuilder.BookedAt.AddDays(1))
            .WithoutAnswers();

        var outcomes = new[] { await _host.SendAsync(first, _organization), await _host.SendAsync(second, _organization) };

        var prospect = await _host.SingleProspectAsync(_organization);
        Assert.Multiple(() =>
        {
            Assert.That(outcomes, Is.EqualTo(new[] { BookingOutcome.ProspectCreated, BookingOutcome.AppointmentAdded }));
            Assert.That(prospect.Appointments, Has.Count.EqualTo(2));
            Assert.That(prospect.Phone, Is.EqualTo("+33612345678"), "an existing phone is never overwritten");
            Assert.That(prospect.Notes, Does.StartWith("RDV Calendly : Essayage robe de mariée le mardi 15 janvier 2030 à 10h00\n"));
            Assert.That(prospect.Notes, Does.EndWith("\n\nRDV Calendly : Essayage robe de mariée le jeudi 14 février 2030 à 10h00"));
            Assert.That(prospect.Metadata.CalendlyInviteeUri, Is.EqualTo(second.InviteeUri), "metadata describes the latest booking");
            Assert.That(prospect.Metadata.EventLocation, Is.EqualTo("12 rue de la Paix, Paris"));
        });
    }

    [Test]
    public async Task A_missing_phone_is_filled_by_a_later_booking()
    {
        await _host.SendAsync(BookingBuilder.Invitee("EVENT1", "INV1").WithPhone(null), _organization);
        await _host.SendAsync(BookingBuilder.Invitee("EVENT2", "INV2").WithPhone("+33 7 99 99 99 99").BookedAtTime(BookingBuilder.BookedAt.AddDays(1)), _organization);

        var prospect = await _host.SingleProspectAsync(_organization);
        Assert.That(prospect.Phone, Is.EqualTo("+33799999999"));
    }

    [Test]
    public async Task The_same_invitee_twice_writes_nothing_the_second_time()
    {
        var booking = BookingBuilder.Invitee();
        await _host.SendAsync(booking, _organization);
        var before = await _host.SingleProspectAsync(_organization);

        var outcome = await _host.SendAsync(booking, _organization);

        var after = await _host.SingleProspectAsync(_organization);
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(BookingOutcome.Unchanged));
            Assert.That(after.Notes, Is.EqualTo(before.Notes));
            Assert.That(after.UpdatedAtUtc, Is.EqualTo(before.UpdatedAtUtc));
            Assert.That(after.Version, Is.EqualTo(before.Version));
            Assert.That(after.Appointments.Single().Version, Is.EqualTo(before.Appointments.Single().Version));
        });
    }

    [Test]
    public async Task Changed_details_update_the_appointment()
    {
        var booking = BookingBuilder.Invitee();
        await _host.SendAsync(booking, _organization);

        var outcome = await _host.SendAsync(booking.AtLocation("Boutique du Marais").UpdatedAtTime(BookingBuilder.BookedAt.AddHours(2)), _organization);

        var prospect = await _host.SingleProspectAsync(_organization);
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(BookingOutcome.AppointmentUpdated));
            Assert.That(prospect.Appointments.Single().Location, Is.EqualTo("Boutique du Marais"));
            Assert.That(prospect.Metadata.EventLocation, Is.EqualTo("Boutique du Marais"));
            Assert.That(prospect.Notes, Does.Not.Contain("\n\n"), "no second note for an update");
        });
    }

    [Test]
    public async Task Another_organization_gets_its_own_prospect_for_the_same_email()
    {
        var other = await _host.CreateOrganizationAsync();
        var booking = BookingBuilder.Invitee();

        var outcomes = new[] { await _host.SendAsync(booking, _organization), await _host.SendAsync(booking, other) };

        Assert.That(outcomes, Is.EqualTo(new[] { BookingOutcome.ProspectCreated, BookingOutcome.ProspectCreated }));
        Assert.That((await _host.SingleProspectAsync(_organization)).Id, Is.Not.EqualTo((await _host.SingleProspectAsync(other)).Id));
    }

    [Test]
    public void An_unknown_organization_is_not_found()
    {
        Assert.ThrowsAsync<NotFoundException>(async () => await _host.SendAsync(BookingBuilder.Invitee(), Guid.NewGuid()));
    }
}
