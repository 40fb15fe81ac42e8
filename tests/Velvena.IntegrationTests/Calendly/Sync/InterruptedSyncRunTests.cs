using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Velvena.Application.Calendly.Sync.SyncOrganization;
using Velvena.CalendlySandbox.Faults;
using Velvena.Domain.Calendly;
using Velvena.Domain.Organizations;
using Velvena.IntegrationTests.Calendly.Sync.Support;
using Velvena.IntegrationTests.Calendly.Webhooks;

namespace Velvena.IntegrationTests.Calendly.Sync;

/// <summary>
/// A process killed during a sync leaves its run open (no end, outcome Running) and the connection saying "Running".
/// The tests write exactly that state, then look at what the next sync and the status make of it.
/// </summary>
public sealed class InterruptedSyncRunTests
{
    [Test]
    public async Task A_run_left_open_is_closed_as_interrupted_when_the_next_sync_of_that_organization_starts()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique Coupée");
        var neighbour = await host.ConnectAsync("Boutique Voisine");
        host.Book(boutique, SyncTestHost.Tomorrow(), "reprise@exemple.fr");
        var killed = await LeaveOpenRunAsync(host, boutique.OrganizationId, TimeSpan.FromMinutes(5));
        var neighbourRun = await LeaveOpenRunAsync(host, neighbour.OrganizationId, TimeSpan.FromMinutes(5));
        using var admin = host.Api.CreateClientFor(boutique.OrganizationId);
        var before = await StatusAsync(admin);
        Assert.That(before.GetProperty("status").GetString(), Is.EqualTo("Running"), "what an admin saw before the fix, forever");

        // The manual sync, as a real Hangfire job.
        using var response = await admin.PostAsync(new Uri("/integrations/calendly/sync", UriKind.Relative), null);
        var jobId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        await SyncTestHost.EventuallyAsync(() => host.JobState(jobId) == "Succeeded", "the next sync to succeed");

        var runs = await host.RunsAsync(boutique.OrganizationId);
        var after = await StatusAsync(admin);
        Assert.Multiple(async () =>
        {
            Assert.That(runs, Has.Count.EqualTo(2));
            Assert.That(runs[0].Id, Is.EqualTo(killed));
            Assert.That(runs[0].Outcome, Is.EqualTo(CalendlySyncOutcome.Interrupted));
            Assert.That(runs[0].FinishedAtUtc, Is.Not.Null.And.GreaterThanOrEqualTo(runs[0].StartedAtUtc));
            Assert.That(runs[0].Error, Does.StartWith("Interrupted"));
            Assert.That(runs[1].Outcome, Is.EqualTo(CalendlySyncOutcome.Succeeded));
            Assert.That(after.GetProperty("status").GetString(), Is.EqualTo("Succeeded"));
            Assert.That(after.GetProperty("lastRun").GetProperty("id").GetGuid(), Is.EqualTo(runs[1].Id));
            Assert.That(await host.ProspectsAsync(boutique.OrganizationId), Has.Count.EqualTo(1), "the next sync did the work");
            Assert.That((await host.RunsAsync(neighbour.OrganizationId)).Single(r => r.Id == neighbourRun).Outcome, Is.EqualTo(CalendlySyncOutcome.Running),
                "only the synced organization's runs are closed: another organization's may be running");
        });
    }

    [Test]
    public async Task A_run_open_longer_than_the_bound_is_shown_as_interrupted_even_when_no_sync_comes()
    {
        await using var host = await SyncTestHost.StartAsync(new Dictionary<string, string?> { ["Calendly:Sync:StaleRunAfter"] = "00:30:00" });
        var boutique = await host.ConnectAsync("Boutique Révoquée");
        var recent = await host.ConnectAsync("Boutique Occupée");
        await LeaveOpenRunAsync(host, boutique.OrganizationId, TimeSpan.FromHours(2));
        await LeaveOpenRunAsync(host, recent.OrganizationId, TimeSpan.FromMinutes(10));

        // Reauthorization required: the hourly job skips it, so no next sync will close the run.
        await host.Api.WithDbAsync(async db =>
        {
            var organization = await db.Organizations.SingleAsync(o => o.Id == boutique.OrganizationId);
            organization.Calendly.RequireReauthorization("Refresh token refused");
            await db.SaveChangesAsync();
        });
        using var admin = host.Api.CreateClientFor(boutique.OrganizationId);
        using var recentAdmin = host.Api.CreateClientFor(recent.OrganizationId);

        var stale = await StatusAsync(admin);
        var running = await StatusAsync(recentAdmin);

        Assert.Multiple(() =>
        {
            Assert.That(stale.GetProperty("status").GetString(), Is.EqualTo("Failed"));
            Assert.That(stale.GetProperty("error").GetString(), Does.StartWith("Interrupted"));
            Assert.That(stale.GetProperty("lastRun").GetProperty("outcome").GetString(), Is.EqualTo("Interrupted"));
            Assert.That(running.GetProperty("status").GetString(), Is.EqualTo("Running"), "a run within the bound may still be running");
            Assert.That(running.GetProperty("lastRun").GetProperty("outcome").GetString(), Is.EqualTo("Running"));
        });
    }

    [Test]
    public async Task A_sync_skipped_because_one_is_running_leaves_the_running_one_alone()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique Lente");
        host.Book(boutique, SyncTestHost.Tomorrow(), "patience@exemple.fr");
        host.Sandbox.Faults.Configure(new FaultSettings { LatencyMilliseconds = 1500, TargetUsers = [boutique.Owner.Uuid] });

        var first = host.SyncAsync(boutique.OrganizationId);
        await Eventually.ThatAsync(
            async () => (await host.RunsAsync(boutique.OrganizationId)).Any(r => r.Outcome == CalendlySyncOutcome.Running),
            because: "the first sync to open its run");
        var second = await host.SyncAsync(boutique.OrganizationId);
        var whileRunning = (await host.RunsAsync(boutique.OrganizationId)).Single();
        var firstResult = await first;

        Assert.Multiple(async () =>
        {
            Assert.That(second.Status, Is.EqualTo(SyncOrganizationStatus.SkippedAlreadyRunning));
            Assert.That(whileRunning.Outcome, Is.EqualTo(CalendlySyncOutcome.Running), "the lock holder's run is not interrupted");
            Assert.That(firstResult.Status, Is.EqualTo(SyncOrganizationStatus.Succeeded));
            Assert.That((await host.RunsAsync(boutique.OrganizationId)).Single().Outcome, Is.EqualTo(CalendlySyncOutcome.Succeeded));
        });
    }

    /// <summary>What a process killed mid-sync leaves: an open run and the connection mirroring "Running".</summary>
    private static async Task<Guid> LeaveOpenRunAsync(SyncTestHost host, Guid organizationId, TimeSpan startedAgo)
    {
        var startedAt = DateTime.UtcNow - startedAgo;
        var run = new CalendlySyncRun(Guid.NewGuid(), organizationId, startedAt);
        await host.Api.WithDbAsync(async db =>
        {
            db.CalendlySyncRuns.Add(run);
            var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId);
            organization.Calendly.RecordSync(CalendlySyncStatus.Running, startedAt, null);
            await db.SaveChangesAsync();
        });
        return run.Id;
    }

    private static async Task<JsonElement> StatusAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>(new Uri("/integrations/calendly", UriKind.Relative))).GetProperty("lastSync");
}
