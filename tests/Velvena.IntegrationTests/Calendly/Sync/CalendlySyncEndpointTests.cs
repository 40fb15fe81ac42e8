using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Velvena.CalendlySandbox.Faults;
using Velvena.IntegrationTests.Calendly.Sync.Support;

namespace Velvena.IntegrationTests.Calendly.Sync;

public sealed class CalendlySyncEndpointTests
{
    [Test]
    public async Task An_admin_starts_a_sync_and_a_second_request_while_it_runs_gets_the_same_job()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique Pressée");
        host.Book(boutique, SyncTestHost.Tomorrow(), "julie@exemple.fr", "Julie", "Morel");

        // A slow Calendly keeps the first sync busy while the second request arrives.
        host.Sandbox.Faults.Configure(new FaultSettings { LatencyMilliseconds = 1500, TargetUsers = [boutique.Owner.Uuid] });
        using var admin = host.Api.CreateClientFor(boutique.OrganizationId, admin: true);

        using var first = await admin.PostAsync(new Uri("/integrations/calendly/sync", UriKind.Relative), null);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(first.Headers.Location?.OriginalString, Is.EqualTo("/integrations/calendly"));
        var firstBody = await first.Content.ReadFromJsonAsync<JsonElement>();
        var jobId = firstBody.GetProperty("jobId").GetString();
        Assert.That(jobId, Is.Not.Null.And.Not.Empty);
        Assert.That(firstBody.GetProperty("alreadyPending").GetBoolean(), Is.False);

        using var second = await admin.PostAsync(new Uri("/integrations/calendly/sync", UriKind.Relative), null);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var secondBody = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(secondBody.GetProperty("jobId").GetString(), Is.EqualTo(jobId));
        Assert.That(secondBody.GetProperty("alreadyPending").GetBoolean(), Is.True);

        await SyncTestHost.EventuallyAsync(() => host.JobState(jobId!) == "Succeeded", "the sync job");
        Assert.That(await host.RunsAsync(boutique.OrganizationId), Has.Count.EqualTo(1), "one sync, not two");

        var status = await admin.GetFromJsonAsync<JsonElement>(new Uri("/integrations/calendly", UriKind.Relative));
        var lastSync = status.GetProperty("lastSync");
        Assert.That(lastSync.GetProperty("status").GetString(), Is.EqualTo("Succeeded"));
        var run = lastSync.GetProperty("lastRun");
        Assert.That(run.GetProperty("outcome").GetString(), Is.EqualTo("Succeeded"));
        Assert.That(run.GetProperty("eventsRead").GetInt32(), Is.EqualTo(1));
        Assert.That(run.GetProperty("inviteesRead").GetInt32(), Is.EqualTo(1));
        Assert.That(run.GetProperty("prospectsCreated").GetInt32(), Is.EqualTo(1));
        Assert.That(run.GetProperty("appointmentsCreated").GetInt32(), Is.EqualTo(1));
        Assert.That(run.GetProperty("calendlyCalls").GetInt32(), Is.EqualTo(2));
        Assert.That(run.GetProperty("finishedAtUtc").ValueKind, Is.EqualTo(JsonValueKind.String));

        // Once finished, a new request starts a new sync.
        host.Sandbox.Faults.Reset();
        using var third = await admin.PostAsync(new Uri("/integrations/calendly/sync", UriKind.Relative), null);
        var thirdBody = await third.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(thirdBody.GetProperty("jobId").GetString(), Is.Not.EqualTo(jobId));
    }

    [Test]
    public async Task A_member_may_not_start_a_sync()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique Gardée");
        using var member = host.Api.CreateClientFor(boutique.OrganizationId, admin: false);

        using var response = await member.PostAsync(new Uri("/integrations/calendly/sync", UriKind.Relative), null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(host.SyncJobIdOf(boutique.OrganizationId), Is.Null);
    }

    [Test]
    public async Task An_organization_without_a_usable_connection_gets_a_conflict()
    {
        await using var host = await SyncTestHost.StartAsync();
        using var admin = host.Api.CreateClientFor(Guid.NewGuid(), admin: true);

        using var response = await admin.PostAsync(new Uri("/integrations/calendly/sync", UriKind.Relative), null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }
}
