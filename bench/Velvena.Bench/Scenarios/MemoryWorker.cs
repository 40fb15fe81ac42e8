using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;
using SQLitePCL;
using Velvena.Bench.Hosting;
using Velvena.Bench.Results;
using Velvena.CalendlySandbox.Generator;

namespace Velvena.Bench.Scenarios;

/// <summary>
/// Scenario 5's measurement of one N, in a fresh bench process started by <see cref="MemoryScenario"/>: the API in this
/// process, the sandbox in another (<see cref="SandboxProcess"/>), so this process's memory is the API's and the small
/// driver's only, untouched by earlier scenarios or by a previous N.
/// </summary>
public static class MemoryWorker
{
    private const double Megabyte = 1024 * 1024;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var events = options.MemoryWorker ?? throw new ArgumentException("--memory-worker=N is required.", nameof(options));
        var resultPath = options.MemoryResult ?? throw new ArgumentException("--memory-result=FILE is required.", nameof(options));
        if (options.StdinLifeline)
        {
            ParentProcessExit.FollowStandardInput();
        }

        var measurement = await MeasureAsync(events, CancellationToken.None);
        await File.WriteAllTextAsync(resultPath, JsonSerializer.Serialize(measurement));
        return 0;
    }

    private static async Task<MemoryMeasurement> MeasureAsync(int events, CancellationToken cancellationToken)
    {
        // 100,000 events take 101,000 calls: at Calendly's 500 per minute that is 3.4 hours of waiting for the quota, which
        // tells nothing about memory. The limit is lifted; the sync's own code path is unchanged.
        await using var environment = await SandboxProcessEnvironment.StartAsync(BenchEnvironment.UnlimitedRequestsPerMinute, cancellationToken);
        var generated = await environment.Sandbox.GenerateAsync(new GenerationRequest(1, events, 1, Seed: 5), cancellationToken);
        var organizationId = Guid.NewGuid();
        await environment.ConnectAsync(organizationId, generated.Owners[0], cancellationToken);
        using var api = environment.Api.ClientFor(organizationId);
        CollectEverything();
        var before = MemorySampler.CurrentWorkingSetBytes();
        raw.sqlite3_memory_highwater(1);
        Progress.Line($"memory N={events}: working set before the sync {before / Megabyte:0} MB (SQLite heap {raw.sqlite3_memory_used() / Megabyte:0.0} MB; sandbox process {environment.Sandbox.WorkingSetBytes() / Megabyte:0} MB); syncing…");
        var stopwatch = Stopwatch.StartNew();
        SyncRun run;
        MemoryFigures figures;
        await using (var sampler = new MemorySampler(TimeSpan.FromMilliseconds(10), environment.Sandbox.WorkingSetBytes))
        {
            using var ticker = new Timer(
                _ => Progress.Line($"memory N={events}: {stopwatch.Elapsed.TotalSeconds:0} s, working set {MemorySampler.CurrentWorkingSetBytes() / Megabyte:0} MB (peak {sampler.PeakWorkingSetBytes / Megabyte:0}), managed heap {GC.GetTotalMemory(false) / Megabyte:0} MB, SQLite heap {raw.sqlite3_memory_used() / Megabyte:0.0} MB"),
                null,
                TimeSpan.FromSeconds(30),
                TimeSpan.FromSeconds(30));
            run = await SyncClient.RunAsync(api, TimeSpan.FromMinutes(30), cancellationToken);
            stopwatch.Stop();
            figures = new MemoryFigures(
                Before: Round(before),
                Peak: Round(sampler.PeakWorkingSetBytes),
                Growth: Round(Math.Max(0, sampler.PeakWorkingSetBytes - before)),
                ManagedHeapPeak: Round(sampler.PeakManagedHeapBytes),
                GcCommittedPeak: Round(sampler.PeakGcCommittedBytes),
                SqliteHeapPeak: Round(raw.sqlite3_memory_highwater(0)),
                AfterGc: 0,
                NativeInUseAfter: null,
                NativeFreeKeptAfter: null,
                SandboxProcessPeak: Round(sampler.PeakOtherWorkingSetBytes));
        }

        CollectEverything();
        var native = NativeHeap.Read();
        figures = figures with
        {
            AfterGc = Round(MemorySampler.CurrentWorkingSetBytes()),
            NativeInUseAfter = native is { } inUse ? Round(inUse.InUseBytes) : null,
            NativeFreeKeptAfter = native is { } kept ? Round(kept.FreeKeptBytes) : null,
        };
        Progress.Line($"memory N={events}: before {figures.Before:0} MB, peak {figures.Peak:0} MB, growth {figures.Growth:0.0} MB, managed heap peak {figures.ManagedHeapPeak:0} MB, GC committed peak {figures.GcCommittedPeak:0} MB, SQLite heap peak {figures.SqliteHeapPeak:0.0} MB, after GC {figures.AfterGc:0} MB (native heap: {figures.NativeInUseAfter:0.0} MB in use, {figures.NativeFreeKeptAfter:0.0} MB freed but kept by malloc), sandbox process peak {figures.SandboxProcessPeak:0} MB; {stopwatch.Elapsed.TotalSeconds:0.0} s, {run.CalendlyCalls} calls, {run.ProspectsCreated} prospects, outcome {run.Outcome}");
        return new MemoryMeasurement(
            events,
            figures,
            Math.Round(stopwatch.Elapsed.TotalSeconds, 1),
            run.CalendlyCalls,
            run.ProspectsCreated,
            run.Outcome,
            GarbageCollector(),
            Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is { Length: > 0 } arenas ? arenas : "default");
    }

    private static string GarbageCollector() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(GCSettings.IsServerGC ? "server" : "workstation")}, {(GCSettings.LatencyMode == GCLatencyMode.Batch ? "non-concurrent" : "concurrent")}");

    private static void CollectEverything()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static double Round(long bytes) => Math.Round(bytes / Megabyte, 1);
}
