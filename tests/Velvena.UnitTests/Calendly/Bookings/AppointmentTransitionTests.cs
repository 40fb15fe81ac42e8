using Velvena.Domain.Prospects;

namespace Velvena.UnitTests.Calendly.Bookings;

/// <summary>The domain rules the booking handler relies on: late copies ignored, cancellations final.</summary>
[TestFixture]
public sealed class AppointmentTransitionTests
{
    private static readonly DateTime Now = new(2030, 1, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Version1 = Now.AddHours(-2);
    private static readonly DateTime Version2 = Now.AddHours(-1);
    private static readonly AppointmentDetails Details = new("https://api.calendly.com/scheduled_events/E1", "Essayage", Now.AddDays(5), Now.AddDays(5).AddHours(1), "Boutique");
    private static readonly AppointmentCancellation Cancellation = new("Empêchement", "Alice Martin", "invitee", Version2, null);

    [Test]
    public void The_same_copy_twice_changes_nothing()
    {
        var appointment = Book();

        Assert.That(appointment.ApplyCalendlyState(Details, null, Version1, Now), Is.EqualTo(AppointmentChanges.None));
    }

    [Test]
    public void A_newer_copy_with_other_details_updates_them()
    {
        var appointment = Book();
        var moved = Details with { Location = "Visio" };

        Assert.That(appointment.ApplyCalendlyState(moved, null, Version2, Now), Is.EqualTo(AppointmentChanges.DetailsChanged));
        Assert.That(appointment.Location, Is.EqualTo("Visio"));
        Assert.That(appointment.CalendlyUpdatedAtUtc, Is.EqualTo(Version2));
    }

    [Test]
    public void An_older_copy_is_ignored()
    {
        var appointment = Book();
        appointment.ApplyCalendlyState(Details with { Location = "Visio" }, null, Version2, Now);

        Assert.That(appointment.ApplyCalendlyState(Details, null, Version1, Now), Is.EqualTo(AppointmentChanges.None));
        Assert.That(appointment.Location, Is.EqualTo("Visio"));
    }

    [Test]
    public void A_cancellation_is_final()
    {
        var appointment = Book();

        Assert.That(appointment.ApplyCalendlyState(Details, Cancellation, Version2, Now), Is.EqualTo(AppointmentChanges.Canceled));
        Assert.That(appointment.ApplyCalendlyState(Details, null, Version2.AddHours(1), Now), Is.EqualTo(AppointmentChanges.None));
        Assert.That(appointment.Status, Is.EqualTo(AppointmentStatus.Canceled));
        Assert.That(appointment.CancellationReason, Is.EqualTo("Empêchement"));
    }

    [Test]
    public void A_cancellation_naming_a_new_invitee_is_a_reschedule()
    {
        var appointment = Book();

        var changes = appointment.ApplyCalendlyState(Details, Cancellation with { RescheduledToInviteeUri = "https://api.calendly.com/invitees/NEW" }, Version2, Now);

        Assert.That(changes, Is.EqualTo(AppointmentChanges.Rescheduled));
        Assert.That(appointment.Status, Is.EqualTo(AppointmentStatus.Rescheduled));
        Assert.That(appointment.RescheduledToInviteeUri, Is.EqualTo("https://api.calendly.com/invitees/NEW"));
    }

    [Test]
    public void Booking_a_canceled_invitee_creates_it_canceled()
    {
        var appointment = Appointment.Book(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "https://api.calendly.com/invitees/I1", Details, null, Cancellation, Version1, Version2, Now);

        Assert.That(appointment.Status, Is.EqualTo(AppointmentStatus.Canceled));
        Assert.That(appointment.CanceledAtUtc, Is.EqualTo(Version2));
    }

    private static Appointment Book() =>
        Appointment.Book(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "https://api.calendly.com/invitees/I1", Details, null, null, Version1, Version1, Now);
}
