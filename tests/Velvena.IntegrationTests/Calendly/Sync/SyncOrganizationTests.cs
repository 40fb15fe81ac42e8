using Velvena.Application.Calendly.Sync.SyncOrganization;
using Velvena.CalendlySandbox.Control;
using Velvena.Domain.Calendly;
using Velvena.IntegrationTests.Calendly.Sync.Support;

namespace Velvena.IntegrationTests.Calendly.Sync;

public sealed class SyncOrganizationTests
{
    [Test]
    public async Task Two_hundred_fifty_events_become_prospects_once_and_a_second_run_reads_only_the_event_pages()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique Lumière");
        var emails = new List<string>();
        for (var e = 0; e < 250; e++)
        {
            // 1 to 3 invitees per event; people come back (the same e-mail on several events).
            var invitees = Enumerable.Range(0, (e % 3) + 1).Select(k => $"Client{((e * 3) + k) % 400}@Exemple.fr").ToList();
            var booking = host.Book(boutique, SyncTestHost.Tomorrow(30 * e), invitees[0]);
            foreach (var extra in invitees.Skip(1))
            {
                host.Sandbox.Seed.AddInvitee(booking.EventUuid, new NewInvitee(extra, FirstName: "Paul", LastName: "Martin"));
            }

            emails.AddRange(invitees);
        }

        host.Sandbox.Requests.Clear();
        var first = await host.SyncAsync(boutique.OrganizationId);

        var people = emails.Select(e => e.ToLowerInvariant()).Distinct().Count();
        Assert.That(first.Status, Is.EqualTo(SyncOrganizationStatus.Succeeded));
        Assert.That(first.Counts.EventsRead, Is.EqualTo(250));
        Assert.That(first.Counts.InviteesRead, Is.EqualTo(emails.Count));
        Assert.That(first.Counts.ProspectsCreated, Is.EqualTo(people));
        Assert.That(first.Counts.AppointmentsCreated, Is.EqualTo(emails.Count));
        Assert.That(first.Counts.CalendlyCalls, Is.EqualTo(3 + 250), "3 event pages and one invitee page per event");
        Assert.That(host.Sandbox.Requests.Count(), Is.EqualTo(3 + 250));
        Assert.That((await host.ProspectsAsync(boutique.OrganizationId)).Count, Is.EqualTo(people));
        var appointments = await host.AppointmentsAsync(boutique.OrganizationId);
        Assert.That(appointments.Select(a => a.CalendlyInviteeUri).Distinct().Count(), Is.EqualTo(emails.Count));

        host.Sandbox.Requests.Clear();
        var second = await host.SyncAsync(boutique.OrganizationId);

        Assert.That(second.Status, Is.EqualTo(SyncOrganizationStatus.Succeeded));
        Assert.That(second.Counts with { EventsRead = 0, CalendlyCalls = 0 }, Is.EqualTo(CalendlySyncCounts.Zero));
        Assert.That(second.Counts.EventsRead, Is.EqualTo(250));
        Assert.That(second.Counts.CalendlyCalls, Is.EqualTo(3));
        Assert.That(host.Sandbox.Requests.Entries.Select(r => r.Path), Is.EqualTo(Enumerable.Repeat("/scheduled_events", 3)));
        Assert.That(host.Sandbox.Requests.Entries, Has.All.Matches<Velvena.CalendlySandbox.Hosting.SandboxRequest>(r => r.QueryString.Contains("count=100", StringComparison.Ordinal)));
        Assert.That(host.Sandbox.Requests.Entries[0].QueryString, Does.Contain("min_start_time=").And.Not.Contain("max_start_time").And.Not.Contain("status="));
        Assert.That((await host.ProspectsAsync(boutique.OrganizationId)).Count, Is.EqualTo(people));
        Assert.That((await host.AppointmentsAsync(boutique.OrganizationId)).Count, Is.EqualTo(emails.Count));

        var runs = await host.RunsAsync(boutique.OrganizationId);
        Assert.That(runs.Select(r => r.Outcome), Is.EqualTo(new[] { CalendlySyncOutcome.Succeeded, CalendlySyncOutcome.Succeeded }));
        Assert.That(runs[1].Counts, Is.EqualTo(second.Counts));
    }

    [Test]
    public async Task A_failed_sync_leaves_the_changed_events_to_the_next_run()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique Rivoli");
        var booking = host.Book(boutique, SyncTestHost.Tomorrow(), "anne@exemple.fr");
        await host.SyncAsync(boutique.OrganizationId);

        // Calendly fails (transient): the failure is recorded and thrown for a retry; nothing is skipped next time.
        host.Sandbox.Seed.AddInvitee(booking.EventUuid, new NewInvitee("luc@exemple.fr", FirstName: "Luc", LastName: "Roy"));
        host.Sandbox.Faults.Configure(new Velvena.CalendlySandbox.Faults.FaultSettings { ServerErrorShare = 1.0 });
        Assert.That(async () => await host.SyncAsync(boutique.OrganizationId), Throws.InstanceOf<Velvena.Application.Calendly.Exceptions.CalendlyException>());
        host.Sandbox.Faults.Reset();

        var retried = await host.SyncAsync(boutique.OrganizationId);
        Assert.That(retried.Counts.EventsChanged, Is.EqualTo(1));
        Assert.That(retried.Counts.ProspectsCreated, Is.EqualTo(1));
        var runs = await host.RunsAsync(boutique.OrganizationId);
        Assert.That(runs.Select(r => r.Outcome), Is.EqualTo(new[] { CalendlySyncOutcome.Succeeded, CalendlySyncOutcome.FailedTransient, CalendlySyncOutcome.Succeeded }));
        Assert.That(runs[1].Error, Does.Contain("500"));
    }

    [Test]
    public async Task A_group_event_larger_than_a_write_batch_keeps_what_was_read_when_calendly_fails_half_way()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Atelier des Lices");
        var masterclass = host.Sandbox.Seed.CreateEventType(new NewEventType(boutique.Owner.Uuid, "Masterclass couture", 120, InviteeLimit: 500));
        var booking = host.Sandbox.Seed.Book(new NewBooking(new NewInvitee("invite0@exemple.fr"), SyncTestHost.Tomorrow(), EventType: masterclass.Uuid, SendWebhooks: false));
        for (var i = 1; i < 450; i++)
        {
            host.Sandbox.Seed.AddInvitee(booking.EventUuid, new NewInvitee($"invite{i}@exemple.fr", FirstName: "Invité", LastName: $"N{i}"));
        }

        // The event page and three invitee pages (300 invitees) answer; the fourth invitee page fails.
        host.Sandbox.Faults.Configure(new Velvena.CalendlySandbox.Faults.FaultSettings { ServerErrorShare = 1.0, SpareFirstRequests = 4 });
        Assert.That(async () => await host.SyncAsync(boutique.OrganizationId), Throws.InstanceOf<Velvena.Application.Calendly.Exceptions.CalendlyException>());
        host.Sandbox.Faults.Reset();

        Assert.That((await host.ProspectsAsync(boutique.OrganizationId)).Count, Is.EqualTo(300), "the invitees read before the failure are kept");
        var failed = (await host.RunsAsync(boutique.OrganizationId)).Single();
        Assert.That(failed.Outcome, Is.EqualTo(CalendlySyncOutcome.FailedTransient));
        Assert.That(failed.Counts.ProspectsCreated, Is.EqualTo(300));

        var retried = await host.SyncAsync(boutique.OrganizationId);
        Assert.That(retried.Counts.EventsChanged, Is.EqualTo(1), "the unfinished event is read again");
        Assert.That(retried.Counts.InviteesRead, Is.EqualTo(450));
        Assert.That(retried.Counts.ProspectsCreated, Is.EqualTo(150));
        Assert.That((await host.AppointmentsAsync(boutique.OrganizationId)).Select(a => a.CalendlyInviteeUri).Distinct().Count(), Is.EqualTo(450));

        host.Sandbox.Requests.Clear();
        var steady = await host.SyncAsync(boutique.OrganizationId);
        Assert.That(steady.Counts.EventsChanged, Is.Zero);
        Assert.That(host.Sandbox.Requests.Count(), Is.EqualTo(1));
    }
}
