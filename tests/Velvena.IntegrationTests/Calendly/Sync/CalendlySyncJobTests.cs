using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velvena.CalendlySandbox.Faults;
using Velvena.Domain.Calendly;
using Velvena.Infrastructure.BackgroundJobs.CalendlySync;
using Velvena.IntegrationTests.Calendly.Sync.Support;

namespace Velvena.IntegrationTests.Calendly.Sync;

public sealed class CalendlySyncJobTests
{
    [Test]
    public async Task The_recurring_job_is_registered_hourly_in_utc()
    {
        await using var host = await SyncTestHost.StartAsync();
        using var connection = host.JobStorage.GetConnection();
        var recurring = connection.GetRecurringJobs().Single(j => j.Id == CalendlySyncFanOutJob.RecurringJobId);
        Assert.That(recurring.Cron, Is.EqualTo("0 0 1 1 *"), "tests configure Calendly:Sync:Cron; the default is hourly");
        Assert.That(recurring.TimeZoneId, Is.EqualTo("UTC"));
        Assert.That(recurring.Job.Type, Is.EqualTo(typeof(CalendlySyncFanOutJob)));
    }

    [Test]
    public async Task A_failing_calendly_and_a_connection_needing_reauthorization_do_not_stop_another_organization()
    {
        await using var host = await SyncTestHost.StartAsync();
        var healthy = await host.ConnectAsync("Boutique Saine");
        var failing = await host.ConnectAsync("Boutique En Panne");
        var revoked = await host.ConnectAsync("Boutique Révoquée");
        foreach (var boutique in new[] { healthy, failing, revoked })
        {
            host.Book(boutique, SyncTestHost.Tomorrow(), $"client@{boutique.OrganizationId:N}.fr");
        }

        host.Sandbox.Faults.Configure(new FaultSettings { ServerErrorShare = 1.0, TargetUsers = [failing.Owner.Uuid] });
        await host.Api.WithDbAsync(async db =>
        {
            var organization = await db.Organizations.SingleAsync(o => o.Id == revoked.OrganizationId);
            organization.Calendly.RequireReauthorization("Refresh token refused");
            await db.SaveChangesAsync();
        });

        host.Api.Services.GetRequiredService<IRecurringJobManager>().Trigger(CalendlySyncFanOutJob.RecurringJobId);

        await SyncTestHost.EventuallyAsync(() => host.SyncJobIdOf(healthy.OrganizationId) is { } id && host.JobState(id) == "Succeeded", "the healthy organization's sync");
        await SyncTestHost.EventuallyAsync(
            () => host.SyncJobIdOf(failing.OrganizationId) is { } id && host.JobState(id) is "Scheduled" or "Failed",
            "the failing organization's sync to fail and wait for a retry");

        Assert.That(await host.ProspectsAsync(healthy.OrganizationId), Has.Count.EqualTo(1));
        Assert.That(await host.ProspectsAsync(failing.OrganizationId), Is.Empty);
        Assert.That(host.SyncJobIdOf(revoked.OrganizationId), Is.Null, "an organization needing reauthorization is not queued");
        Assert.That(await host.RunsAsync(revoked.OrganizationId), Is.Empty);

        var failedRun = (await host.RunsAsync(failing.OrganizationId)).Last();
        Assert.That(failedRun.Outcome, Is.EqualTo(CalendlySyncOutcome.FailedTransient));
        Assert.That(failedRun.Error, Does.Contain("500"));
        Assert.That((await host.RunsAsync(healthy.OrganizationId)).Single().Outcome, Is.EqualTo(CalendlySyncOutcome.Succeeded));
    }

    [Test]
    public async Task Job_arguments_are_the_organization_id_only()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique Discrète");
        host.Api.Services.GetRequiredService<IRecurringJobManager>().Trigger(CalendlySyncFanOutJob.RecurringJobId);
        await SyncTestHost.EventuallyAsync(() => host.SyncJobIdOf(boutique.OrganizationId) is not null, "the organization's sync job");

        var jobId = host.SyncJobIdOf(boutique.OrganizationId)!;
        var job = host.JobData(jobId)!.Job;
        Assert.That(job.Type, Is.EqualTo(typeof(CalendlySyncJob)));
        Assert.That(job.Args, Is.EqualTo(new object?[] { boutique.OrganizationId, CancellationToken.None }).Or.EqualTo(new object?[] { boutique.OrganizationId, null }));

        var stored = InvocationData.SerializeJob(job);
        var connectionSecrets = await host.QueryAsync(db => db.Organizations.AsNoTracking()
            .Where(o => o.Id == boutique.OrganizationId)
            .Select(o => new[] { o.Calendly.EncryptedAccessToken!, o.Calendly.EncryptedRefreshToken! })
            .SingleAsync());
        var arguments = System.Text.Json.JsonSerializer.Deserialize<string?[]>(stored.Arguments)!;
        Assert.That(arguments, Has.Length.EqualTo(2));
        Assert.That(arguments[0], Is.EqualTo($"\"{boutique.OrganizationId}\""), "the organization id, nothing else");
        Assert.That(arguments[1], Is.Null, "the cancellation token is supplied by Hangfire, not stored");
        foreach (var secret in connectionSecrets)
        {
            Assert.That(stored.Arguments, Does.Not.Contain(secret));
        }
    }

    [Test]
    public async Task Syncs_run_on_their_own_server_so_a_fan_out_never_delays_the_other_jobs()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique File d'Attente");
        host.Book(boutique, SyncTestHost.Tomorrow(), "client@file.fr");

        var monitoring = host.JobStorage.GetMonitoringApi();
        await SyncTestHost.EventuallyAsync(() => monitoring.Servers().Count == 2, "both Hangfire servers to start");
        var servers = monitoring.Servers();
        var syncServer = servers.Single(s => s.Queues.Contains(CalendlySyncJob.Queue));
        Assert.That(syncServer.Queues, Has.Count.EqualTo(1));
        Assert.That(syncServer.WorkersCount, Is.EqualTo(4), "Hangfire:SyncWorkerCount");
        var otherServer = servers.Single(s => s != syncServer);
        Assert.That(otherServer.Queues, Is.EquivalentTo(["default"]));
        Assert.That(otherServer.WorkersCount, Is.EqualTo(2), "Hangfire:WorkerCount");

        host.Api.Services.GetRequiredService<IRecurringJobManager>().Trigger(CalendlySyncFanOutJob.RecurringJobId);
        await SyncTestHost.EventuallyAsync(() => host.SyncJobIdOf(boutique.OrganizationId) is { } id && host.JobState(id) == "Succeeded", "the organization's sync");

        var syncJobId = host.SyncJobIdOf(boutique.OrganizationId)!;
        var history = monitoring.JobDetails(syncJobId).History;
        Assert.That(history.Single(s => s.StateName == "Enqueued").Data["Queue"], Is.EqualTo(CalendlySyncJob.Queue));
        Assert.That(history.Single(s => s.StateName == "Processing").Data["ServerId"], Is.EqualTo(syncServer.Name));
    }
}
