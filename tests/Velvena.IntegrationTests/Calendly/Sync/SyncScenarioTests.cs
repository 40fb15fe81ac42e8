using Velvena.CalendlySandbox.Control;
using Velvena.Domain.Prospects;
using Velvena.IntegrationTests.Calendly.Sync.Support;

namespace Velvena.IntegrationTests.Calendly.Sync;

/// <summary>Group event, returning person, cancellations and a reschedule, seen by the hourly sync only (no webhooks).</summary>
public sealed class SyncScenarioTests
{
    [Test]
    public async Task Group_event_returning_person_cancellations_and_reschedule_through_sync_only()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique Opéra");
        var org = boutique.OrganizationId;

        var group = host.Book(boutique, SyncTestHost.Tomorrow(), "alice@exemple.fr", "Alice", "Durand");
        var bob = host.Sandbox.Seed.AddInvitee(group.EventUuid, new NewInvitee("bob@exemple.fr", FirstName: "Bob", LastName: "Leroy"));
        var aliceAgain = host.Book(boutique, SyncTestHost.Tomorrow(120), " ALICE@exemple.fr ", "Alice", "Durand");
        var chloe = host.Book(boutique, SyncTestHost.Tomorrow(240), "chloe@exemple.fr", "Chloé", "Petit");
        var david = host.Book(boutique, SyncTestHost.Tomorrow(360), "david@exemple.fr", "David", "Moreau");

        var first = await host.SyncAsync(org);
        Assert.That(first.Counts.ProspectsCreated, Is.EqualTo(4), "alice, bob, chloé, david");
        Assert.That(first.Counts.AppointmentsCreated, Is.EqualTo(5));
        var alice = (await host.ProspectsAsync(org)).Single(p => p.NormalizedEmail == "alice@exemple.fr");
        Assert.That((await host.AppointmentsAsync(org)).Count(a => a.ProspectId == alice.Id), Is.EqualTo(2), "a returning person gets a second appointment, not a second prospect");
        Assert.That(alice.Notes, Does.Contain("RDV Calendly"));

        host.Sandbox.Seed.CancelInvitee(chloe.InviteeUuid, new CancelRequest(Reason: "Empêchement"));
        host.Sandbox.Seed.CancelEvent(group.EventUuid, new CancelRequest(Reason: "Boutique fermée"));
        var moved = host.Sandbox.Seed.Reschedule(david.InviteeUuid, new RescheduleRequest(SyncTestHost.Tomorrow(24 * 60)));

        var second = await host.SyncAsync(org);
        Assert.That(second.Counts.ProspectsCreated, Is.Zero);
        Assert.That(second.Counts.EventsChanged, Is.EqualTo(4), "the group event, chloé's, david's old and new events");

        var appointments = (await host.AppointmentsAsync(org)).ToDictionary(a => a.CalendlyInviteeUri);
        var prospects = await host.ProspectsAsync(org);
        Assert.That(prospects, Has.Count.EqualTo(4), "cancellations keep the prospects");

        var chloeAppointment = appointments[chloe.InviteeUri];
        Assert.That(chloeAppointment.Status, Is.EqualTo(AppointmentStatus.Canceled));
        Assert.That(chloeAppointment.CancellationReason, Is.EqualTo("Empêchement"));

        Assert.That(appointments[group.InviteeUri].Status, Is.EqualTo(AppointmentStatus.Canceled), "host cancellation cancels every seat");
        Assert.That(appointments[bob.InviteeUri].Status, Is.EqualTo(AppointmentStatus.Canceled));
        Assert.That(appointments[bob.InviteeUri].CancelerType, Is.EqualTo("host"));
        Assert.That(appointments[aliceAgain.InviteeUri].Status, Is.EqualTo(AppointmentStatus.Scheduled));

        var old = appointments[david.InviteeUri];
        var replacement = appointments[moved.InviteeUri];
        Assert.That(old.Status, Is.EqualTo(AppointmentStatus.Rescheduled));
        Assert.That(old.RescheduledToInviteeUri, Is.EqualTo(moved.InviteeUri));
        Assert.That(replacement.Status, Is.EqualTo(AppointmentStatus.Scheduled));
        Assert.That(replacement.ProspectId, Is.EqualTo(old.ProspectId), "the reschedule stays on the same prospect");

        var third = await host.SyncAsync(org);
        Assert.That(third.Counts.EventsChanged, Is.Zero);
        Assert.That(third.Counts.CalendlyCalls, Is.EqualTo(1));
    }

    [Test]
    public async Task A_reschedule_made_before_the_first_sync_is_read_in_one_batch_as_one_person_with_a_moved_booking()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique Marais");
        var org = boutique.OrganizationId;
        var emma = host.Book(boutique, SyncTestHost.Tomorrow(600), "emma@exemple.fr", "Emma", "Blanc");
        var moved = host.Sandbox.Seed.Reschedule(emma.InviteeUuid, new RescheduleRequest(SyncTestHost.Tomorrow(60)));

        var sync = await host.SyncAsync(org);

        Assert.That(sync.Counts.ProspectsCreated, Is.EqualTo(1));
        var prospect = (await host.ProspectsAsync(org)).Single();
        var appointments = (await host.AppointmentsAsync(org)).ToDictionary(a => a.CalendlyInviteeUri);
        Assert.That(appointments, Has.Count.EqualTo(2));
        Assert.That(appointments[emma.InviteeUri].Status, Is.EqualTo(AppointmentStatus.Rescheduled));
        Assert.That(appointments[moved.InviteeUri].Status, Is.EqualTo(AppointmentStatus.Scheduled));
        Assert.That(appointments.Values.Select(a => a.ProspectId), Has.All.EqualTo(prospect.Id));
        Assert.That(prospect.Notes.Split("RDV Calendly déplacé").Length - 1, Is.EqualTo(1), prospect.Notes);
        Assert.That(prospect.Metadata.CalendlyInviteeUri, Is.EqualTo(moved.InviteeUri), "the latest booking describes the prospect");
    }
}
