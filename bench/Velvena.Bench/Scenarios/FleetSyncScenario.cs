using System.Diagnostics;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Common.Interfaces;
using Velvena.Bench.Hosting;
using Velvena.Bench.Results;
using Velvena.Bench.Seed;
using Velvena.CalendlySandbox.Faults;
using Velvena.CalendlySandbox.Generator;

namespace Velvena.Bench.Scenarios;

/// <summary>
/// Scenario 2: the hourly job over a fleet (1,000 organizations × 50 events × 1–3 invitees, first sync) with 100 ms of
/// Calendly latency per call. Ours: the real recurring job <c>calendly-sync</c> fanning out one Hangfire job per
/// organization. Seed port: sequential, run on a sample of organizations and extrapolated linearly.
/// </summary>
public sealed class FleetSyncScenario(BenchOptions options) : IBenchScenario
{
    /// <summary>Workers of the sync server (<c>Hangfire:SyncWorkerCount</c>) = syncs running at once. Each sync is sequential and each organization is its own Calendly user.</summary>
    private const int Workers = 100;
    private const int LatencyMilliseconds = 100;
    private const int EventsPerOrganization = 50;

    public string Title => "2. Fleet sync";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!options.Runs("fleet"))
        {
            return;
        }

        var organizations = options.FleetOrganizations;
        await using var environment = await BenchEnvironment.StartAsync(Workers);
        var owners = new List<Guid>();
        var expectedProspects = 0;
        for (var invitees = 1; invitees <= 3; invitees++)
        {
            var count = organizations / 3 + (invitees <= organizations % 3 ? 1 : 0);
            expectedProspects += count * EventsPerOrganization * invitees;
            owners.AddRange(environment.Sandbox.Generator.Generate(new GenerationRequest(count, EventsPerOrganization, invitees, Seed: 100 + invitees)).Owners);
        }

        Progress.Line($"fleet: {owners.Count} organizations × {EventsPerOrganization} events × 1–3 invitees generated");
        var velvenaOrganizations = await environment.ConnectAllAsync(owners, "fleet", cancellationToken);
        environment.Sandbox.Faults.Configure(new FaultSettings { LatencyMilliseconds = LatencyMilliseconds });

        // The seed port, sequential, on an evenly spread sample (every invitee count is represented).
        var sampleSize = Math.Min(options.SeedSample, owners.Count);
        var step = owners.Count / sampleSize;
        var sample = Enumerable.Range(0, sampleSize).Select(i => owners[i * step]).ToList();
        using var store = new SeedProspectStore();
        using var calendly = new HttpClient { BaseAddress = new Uri(environment.Sandbox.BaseUrl + "/") };
        var connections = sample.Select((owner, i) => new SeedConnection($"fleet-seed-{i}", environment.Sandbox.Urls.User(owner),
            environment.Sandbox.Seed.IssueTokens(BenchEnvironment.ClientId, owner).Access.Token)).ToList();
        environment.Sandbox.Requests.Clear();
        var seedClock = Stopwatch.StartNew();
        var seedResult = await new SeedSyncPort(calendly, store).SyncAllAsync(
            connections, (done, total) => Progress.Line($"fleet seed port: {done}/{sampleSize} organizations, {total.Calls} calls, {total.InviteesRecorded} invitees"), cancellationToken);
        seedClock.Stop();
        var seedSampleCalls = environment.Sandbox.Requests.Count();
        var scale = (double)owners.Count / sampleSize;
        var seedSeconds = seedClock.Elapsed.TotalSeconds * scale;
        var seedCalls = (int)Math.Round(seedSampleCalls * scale);

        // Ours: the recurring job, exactly as the hourly trigger runs it.
        environment.Sandbox.Requests.Clear();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var oursClock = Stopwatch.StartNew();
        environment.Api.Services.GetRequiredService<IRecurringJobManager>().Trigger("calendly-sync");
        int finished;
        do
        {
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            finished = await FinishedRunsAsync(environment, cancellationToken);
            Progress.Line($"fleet ours: {finished}/{owners.Count} organizations synced, {environment.Sandbox.Requests.Count()} Calendly calls so far");
        }
        while (finished < owners.Count && oursClock.Elapsed < TimeSpan.FromMinutes(20));

        oursClock.Stop();
        var oursCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var oursCalls = environment.Sandbox.Requests.Count();
        var throttled = environment.Sandbox.Requests.Count(r => r.StatusCode == 429);
        var failedRuns = await FailedRunsAsync(environment, cancellationToken);
        var prospects = await ProspectsAsync(environment, velvenaOrganizations, cancellationToken);
        var limitSeconds = oursCalls * (LatencyMilliseconds / 1000.0) / Workers;
        var oursSeconds = oursClock.Elapsed.TotalSeconds;

        report.Section(Title);
        report.Add($"{owners.Count:N0} organizations × {EventsPerOrganization} events × 1–3 invitees (a third each), first sync, {LatencyMilliseconds} ms of sandbox latency on every Calendly call.");
        report.Add(string.Empty);
        report.Add("| | time (s) | Calendly calls | |");
        report.Add("| --- | --- | --- | --- |");
        report.Add($"| ours (`calendly-sync` fan-out, {Workers} sync workers) | {oursSeconds:0.0} | {oursCalls:N0} | {finished:N0}/{owners.Count:N0} organizations, {failedRuns} failed runs, {prospects:N0} prospects (expected {expectedProspects:N0}), {throttled} answers 429 |");
        report.Add($"| seed port (sequential) | {seedSeconds:0} (extrapolated) | {seedCalls:N0} (extrapolated) | measured on {sampleSize} organizations: {seedClock.Elapsed.TotalSeconds:0.0} s, {seedSampleCalls} calls, ×{scale:0.#} |");
        report.Add($"| latency-bound limit | {limitSeconds:0.0} | | our calls × {LatencyMilliseconds} ms ÷ {Workers} concurrent syncs |");
        report.Add(string.Empty);
        report.Add($"Ours is **{seedSeconds / oursSeconds:0}×** faster than the seed port and at **{oursSeconds / limitSeconds:0.00}×** the latency-bound limit.");
        report.Add($"CPU: the whole process (API, sandbox and bench driver, {Environment.ProcessorCount} cores) used {oursCpuSeconds:0.0} s of processor time during our sync, {oursCpuSeconds * 1000 / owners.Count:0} ms per organization.");
        report.Add($"Rate limit: each organization is its own Calendly user and its sync is sequential (one call in flight per user, so at most 1000 ÷ {LatencyMilliseconds} = {1000 / LatencyMilliseconds} calls/s, and {EventsPerOrganization + 1} calls in all here, against Calendly's 500 per user per minute); concurrency is across users only, capped by the sync server's worker count (`Hangfire:SyncWorkerCount`). The sandbox enforces the per-user limit and answered 429 {throttled} times.");
        report.Add($"The seed port at this scale would take {seedSeconds / 3600:0.0} h: it was run on a sample of {sampleSize} organizations spread over the three invitee counts and extrapolated linearly (it is strictly sequential, so its time is linear in the number of organizations).");
        Progress.Line($"fleet: ours {oursSeconds:0.0} s / {oursCalls} calls / {oursCpuSeconds:0.0} s CPU, seed {seedSeconds:0} s (extrapolated) / {seedCalls} calls, limit {limitSeconds:0.0} s, 429s {throttled}");
        report.Results.Fleet = new FleetFigures(Math.Round(oursSeconds, 1), Math.Round(seedSeconds, 0), Math.Round(limitSeconds, 1), oursCalls, seedCalls);
    }

    private static async Task<int> FinishedRunsAsync(BenchEnvironment environment, CancellationToken cancellationToken)
    {
        await using var scope = environment.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        return await db.CalendlySyncRuns.AsNoTracking().Where(r => r.FinishedAtUtc != null).Select(r => r.OrganizationId).Distinct().CountAsync(cancellationToken);
    }

    private static async Task<int> FailedRunsAsync(BenchEnvironment environment, CancellationToken cancellationToken)
    {
        await using var scope = environment.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        return await db.CalendlySyncRuns.AsNoTracking().CountAsync(r => r.Error != null, cancellationToken);
    }

    private static async Task<int> ProspectsAsync(BenchEnvironment environment, IReadOnlyList<Guid> organizations, CancellationToken cancellationToken)
    {
        await using var scope = environment.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        return await db.Prospects.AsNoTracking().CountAsync(p => organizations.Contains(p.OrganizationId), cancellationToken);
    }
}
