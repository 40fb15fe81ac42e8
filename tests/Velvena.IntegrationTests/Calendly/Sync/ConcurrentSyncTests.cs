using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Calendly.Sync.SyncOrganization;
using Velvena.Infrastructure.BackgroundJobs.CalendlySync;
using Velvena.IntegrationTests.Calendly.Sync.Support;

namespace Velvena.IntegrationTests.Calendly.Sync;

public sealed class ConcurrentSyncTests
{
    [Test]
    public async Task Two_syncs_of_one_organization_started_together_create_no_duplicate_and_no_error()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique Marais");
        for (var e = 0; e < 40; e++)
        {
            host.Book(boutique, SyncTestHost.Tomorrow(30 * e), $"client{e % 25}@exemple.fr");
        }

        var results = await Task.WhenAll(host.SyncAsync(boutique.OrganizationId), host.SyncAsync(boutique.OrganizationId));

        Assert.That(results.Select(r => r.Status), Has.All.AnyOf(SyncOrganizationStatus.Succeeded, SyncOrganizationStatus.SkippedAlreadyRunning));
        Assert.That(results.Count(r => r.Status == SyncOrganizationStatus.Succeeded), Is.GreaterThanOrEqualTo(1));
        Assert.That((await host.ProspectsAsync(boutique.OrganizationId)).Count, Is.EqualTo(25));
        Assert.That((await host.AppointmentsAsync(boutique.OrganizationId)).Count, Is.EqualTo(40));
    }

    [Test]
    public async Task Two_sync_jobs_of_one_organization_on_the_hangfire_server_both_end_well_without_duplicates()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique Bastille");
        for (var e = 0; e < 40; e++)
        {
            host.Book(boutique, SyncTestHost.Tomorrow(30 * e), $"client{e % 25}@exemple.fr");
        }

        // Bypasses the scheduler's "already pending" check on purpose: the per-organization lock is the last guard.
        var jobs = host.Api.Services.GetRequiredService<IBackgroundJobClient>();
        var ids = new[]
        {
            jobs.Enqueue<CalendlySyncJob>(j => j.RunAsync(boutique.OrganizationId, CancellationToken.None)),
            jobs.Enqueue<CalendlySyncJob>(j => j.RunAsync(boutique.OrganizationId, CancellationToken.None)),
        };

        await SyncTestHost.EventuallyAsync(() => ids.All(id => host.JobState(id) == "Succeeded"), "both sync jobs to succeed");
        Assert.That((await host.ProspectsAsync(boutique.OrganizationId)).Count, Is.EqualTo(25));
        Assert.That((await host.AppointmentsAsync(boutique.OrganizationId)).Count, Is.EqualTo(40));
    }
}
