using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Velvena.CalendlySandbox.Faults;
using Velvena.Domain.Calendly;
using Velvena.IntegrationTests.Calendly.Sync.Support;

namespace Velvena.IntegrationTests.Calendly.Sync;

/// <summary>Transient failures are retried by Hangfire (at Calendly's pace when it says); permanent ones stop and show.</summary>
public sealed class SyncFailureTests
{
    [Test]
    public async Task A_rate_limited_sync_is_retried_when_calendly_says_not_on_the_fixed_back_off()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique Limitée");
        host.Book(boutique, SyncTestHost.Tomorrow(), "marc@exemple.fr");
        host.Sandbox.Faults.Configure(new FaultSettings { RateLimitShare = 1.0, TargetUsers = [boutique.Owner.Uuid] });
        using var admin = host.Api.CreateClientFor(boutique.OrganizationId);

        using var response = await admin.PostAsync(new Uri("/integrations/calendly/sync", UriKind.Relative), null);
        var jobId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;

        await SyncTestHost.EventuallyAsync(() => host.JobState(jobId) == "Scheduled", "the rate-limited sync to be rescheduled");
        var state = host.JobStateData(jobId)!;
        var delay = Timestamp(state.Data["EnqueueAt"]) - Timestamp(state.Data["ScheduledAt"]);
        Assert.That(delay, Is.LessThanOrEqualTo(TimeSpan.FromSeconds(5)), "the sandbox's Retry-After is 1 second; the fixed back-off starts at 60");
        Assert.That(state.Reason, Does.Contain("Calendly allows"));
        Assert.That((await host.RunsAsync(boutique.OrganizationId)).First().Outcome, Is.EqualTo(CalendlySyncOutcome.FailedTransient));

        host.Sandbox.Faults.Reset();
        await SyncTestHost.EventuallyAsync(() => host.JobState(jobId) == "Succeeded", "the retried sync to succeed");
        Assert.That(await host.ProspectsAsync(boutique.OrganizationId), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_missing_scope_stops_the_sync_shows_in_the_status_and_is_not_retried()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique Sans Droits", scopes: ["users:read"]);
        host.Book(boutique, SyncTestHost.Tomorrow(), "lea@exemple.fr");
        using var admin = host.Api.CreateClientFor(boutique.OrganizationId);

        using var response = await admin.PostAsync(new Uri("/integrations/calendly/sync", UriKind.Relative), null);
        var jobId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;

        await SyncTestHost.EventuallyAsync(() => host.JobState(jobId) == "Succeeded", "the job to end (a permanent failure is not retried)");
        var run = (await host.RunsAsync(boutique.OrganizationId)).Single();
        Assert.That(run.Outcome, Is.EqualTo(CalendlySyncOutcome.FailedPermanent));
        Assert.That(run.Error, Does.Contain("403"));

        var status = await admin.GetFromJsonAsync<JsonElement>(new Uri("/integrations/calendly", UriKind.Relative));
        Assert.That(status.GetProperty("lastSync").GetProperty("status").GetString(), Is.EqualTo("Failed"));
        Assert.That(status.GetProperty("lastSync").GetProperty("error").GetString(), Does.Contain("403"));
        Assert.That(status.GetProperty("lastSync").GetProperty("lastRun").GetProperty("outcome").GetString(), Is.EqualTo("FailedPermanent"));
    }

    private static DateTime Timestamp(string value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds)
            ? DateTime.UnixEpoch.AddMilliseconds(milliseconds)
            : DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
