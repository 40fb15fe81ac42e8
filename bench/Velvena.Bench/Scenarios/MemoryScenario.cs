using System.Diagnostics;
using Velvena.Bench.Hosting;
using Velvena.Bench.Results;
using Velvena.CalendlySandbox.Generator;

namespace Velvena.Bench.Scenarios;

/// <summary>
/// Scenario 5: peak working set while one organization's first sync reads N events (and their invitees) and records
/// them. The sandbox lives in this process and holds the N events itself, so the figure is the growth of the
/// working set during the sync above its level just before (sandbox data already generated, after a full GC).
/// </summary>
public sealed class MemoryScenario(BenchOptions options) : IBenchScenario
{
    private const double Megabyte = 1024 * 1024;

    public string Title => "5. Memory while syncing one large organization";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!options.Runs("memory"))
        {
            return;
        }

        report.Section(Title);
        report.Add("One organization with N events (one invitee each), first sync (every event new: N invitee calls + N/100 event pages, N prospects written). Working set sampled every 10 ms; the figure is the peak during the sync minus the level just before it, because the in-process sandbox itself holds the N events (absolute peak in its own column). The sandbox's per-user rate limit is lifted (at 500 calls per minute, 101,000 calls would take 3.4 hours).");
        report.Add(string.Empty);
        report.Add("| events | peak growth (MB) | absolute peak (MB) | sync time (s) | Calendly calls | prospects created |");
        report.Add("| --- | --- | --- | --- | --- | --- |");
        var figures = new Dictionary<int, double>();
        foreach (var events in options.MemoryEvents)
        {
            // 100,000 events take 101,000 calls: at Calendly's 500 per minute that is 3.4 hours of waiting for the quota, which
            // tells nothing about memory. The limit is lifted; the sync's own code path is unchanged.
            await using var environment = await BenchEnvironment.StartAsync(apiRequestsPerMinute: BenchEnvironment.UnlimitedRequestsPerMinute);
            var generated = environment.Sandbox.Generator.Generate(new GenerationRequest(1, events, 1, Seed: 5));
            var organizationId = Guid.NewGuid();
            await environment.ConnectAsync(organizationId, generated.Owners[0], cancellationToken);
            using var api = environment.Api.ClientFor(organizationId);
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var before = WorkingSetSampler.CurrentBytes();
            Progress.Line($"memory N={events}: working set before the sync {before / Megabyte:0} MB; syncing…");
            var stopwatch = Stopwatch.StartNew();
            SyncRun run;
            long peak;
            await using (var sampler = new WorkingSetSampler(TimeSpan.FromMilliseconds(10)))
            {
                run = await SyncClient.RunAsync(api, TimeSpan.FromMinutes(30), cancellationToken);
                peak = sampler.PeakBytes;
            }

            var growth = Math.Max(0, peak - before) / Megabyte;
            figures[events] = Math.Round(growth, 1);
            report.Add($"| {events:N0} | {growth:0.0} | {peak / Megabyte:0} | {stopwatch.Elapsed.TotalSeconds:0.0} | {run.CalendlyCalls:N0} | {run.ProspectsCreated:N0} |");
            Progress.Line($"memory N={events}: peak growth {growth:0.0} MB (absolute {peak / Megabyte:0} MB), {stopwatch.Elapsed.TotalSeconds:0.0} s, {run.CalendlyCalls} calls, {run.ProspectsCreated} prospects, outcome {run.Outcome}");
        }

        report.Results.MemoryMb = new MemoryFigures(
            figures.TryGetValue(10_000, out var ten) ? ten : null,
            figures.TryGetValue(100_000, out var hundred) ? hundred : null);
    }
}
