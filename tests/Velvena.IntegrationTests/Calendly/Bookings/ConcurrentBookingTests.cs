using Velvena.Application.Calendly.Bookings;

namespace Velvena.IntegrationTests.Calendly.Bookings;

/// <summary>
/// Webhook, sync and redeliveries racing on one SQLite file, each in its own DI scope (its own context and
/// connection): the unique indexes and concurrency tokens decide, the losers re-read and re-apply.
/// </summary>
[TestFixture]
public sealed class ConcurrentBookingTests
{
    private const int Racers = 20;

    private BookingTestHost _host = null!;
    private Guid _organization;

    [OneTimeSetUp]
    public void StartApi() => _host = new BookingTestHost();

    [OneTimeTearDown]
    public void StopApi() => _host.Dispose();

    [SetUp]
    public async Task NewOrganization() => _organization = await _host.CreateOrganizationAsync();

    [Test]
    public async Task The_same_invitee_applied_20_times_at_once_makes_one_prospect_and_one_appointment()
    {
        var command = BookingBuilder.Invitee().For(_organization);

        var outcomes = await RaceAsync(Enumerable.Repeat(command, Racers).Select(c => (Func<Task<BookingOutcome>>)(() => _host.SendAsync(c))));

        var prospect = await _host.SingleProspectAsync(_organization);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(outcomes.Count(o => o == BookingOutcome.ProspectCreated), Is.EqualTo(1));
            Assert.That(outcomes.Count(o => o == BookingOutcome.Unchanged), Is.EqualTo(Racers - 1));
            Assert.That(await _host.AppointmentCountAsync(_organization), Is.EqualTo(1));
            Assert.That(prospect.Notes.Split("RDV Calendly : ").Length - 1, Is.EqualTo(1), "one booking note");
        });
    }

    [Test]
    public async Task Twenty_invitees_of_one_new_person_at_once_make_one_prospect_with_twenty_appointments()
    {
        var commands = Enumerable.Range(1, Racers)
            .Select(i => BookingBuilder.Invitee($"EVENT{i}", $"INV{i}")
                .WithEmail(i % 2 == 0 ? "alice.martin@example.com" : " Alice.Martin@Example.COM")
                .At(BookingBuilder.DefaultStart.AddDays(i))
                .For(_organization))
            .ToList();

        var outcomes = await RaceAsync(commands.Select(c => (Func<Task<BookingOutcome>>)(() => _host.SendAsync(c))));

        var prospect = await _host.SingleProspectAsync(_organization);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(outcomes.Count(o => o == BookingOutcome.ProspectCreated), Is.EqualTo(1));
            Assert.That(outcomes.Count(o => o == BookingOutcome.AppointmentAdded), Is.EqualTo(Racers - 1));
            Assert.That(prospect.Appointments, Has.Count.EqualTo(Racers));
            Assert.That(await _host.AppointmentCountAsync(_organization), Is.EqualTo(Racers));
            Assert.That(prospect.Notes.Split("RDV Calendly : ").Length - 1, Is.EqualTo(Racers), "no note lost to a concurrent writer");
        });
    }

    [Test]
    public async Task A_booking_and_its_cancellation_racing_end_canceled()
    {
        var booking = BookingBuilder.Invitee();
        var canceled = booking.CanceledByInvitee("Empêchement", BookingBuilder.BookedAt.AddDays(1));
        var copies = Enumerable.Range(0, Racers).Select(i => (i % 2 == 0 ? booking : canceled).For(_organization)).ToList();

        await RaceAsync(copies.Select(c => (Func<Task<BookingOutcome>>)(() => _host.SendAsync(c))));

        var prospect = await _host.SingleProspectAsync(_organization);
        Assert.Multiple(() =>
        {
            Assert.That(prospect.Appointments.Single().Status, Is.EqualTo(Velvena.Domain.Prospects.AppointmentStatus.Canceled));
            Assert.That(prospect.Notes.Split("RDV Calendly : ").Length - 1, Is.EqualTo(1));
            Assert.That(prospect.Notes.Split("RDV Calendly annulé").Length - 1, Is.EqualTo(1));
        });
    }

    // Every racer waits at the gate, so all of them read before any of them writes.
    private static async Task<BookingOutcome[]> RaceAsync(IEnumerable<Func<Task<BookingOutcome>>> racers)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = racers.Select(racer => Task.Run(async () =>
        {
            await gate.Task;
            return await racer();
        })).ToList();
        gate.SetResult();
        return await Task.WhenAll(running);
    }
}
