using System.Text.Json.Serialization;

namespace Velvena.Bench.Results;

/// <summary>Everything one Bench run measured, in the shape of <c>bench/results.json</c>; null = not measured.</summary>
public sealed class BenchResults
{
    [JsonPropertyName("machine")]
    public required string Machine { get; init; }

    [JsonPropertyName("date")]
    public required string Date { get; init; }

    [JsonPropertyName("steady_calls")]
    public SortedDictionary<string, SteadyCalls>? SteadyCalls { get; set; }

    [JsonPropertyName("fleet")]
    public FleetFigures? Fleet { get; set; }

    [JsonPropertyName("webhook_latency_ms")]
    public LatencyFigures? WebhookLatencyMs { get; set; }

    [JsonPropertyName("intake")]
    public IntakeFigures? Intake { get; set; }

    /// <summary>Keyed by the number of events synced.</summary>
    [JsonPropertyName("memory_mb")]
    public SortedDictionary<string, MemoryFigures>? MemoryMb { get; set; }
}

public sealed record SteadyCalls(
    [property: JsonPropertyName("ours")] int? Ours,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("minimal")] int Minimal);

public sealed record FleetFigures(
    [property: JsonPropertyName("ours_s")] double? OursSeconds,
    [property: JsonPropertyName("seed_s")] double SeedSeconds,
    [property: JsonPropertyName("limit_s")] double? LimitSeconds,
    [property: JsonPropertyName("ours_calls")] int? OursCalls,
    [property: JsonPropertyName("seed_calls")] int SeedCalls);

public sealed record LatencyFigures(
    [property: JsonPropertyName("p50")] double P50,
    [property: JsonPropertyName("p99")] double P99);

public sealed record IntakeFigures(
    [property: JsonPropertyName("per_s")] double PerSecond,
    [property: JsonPropertyName("p99_ms")] double P99Milliseconds,
    [property: JsonPropertyName("lost")] int Lost);

/// <summary>The API process while one organization syncs N events, in MB (the sandbox runs in another process).</summary>
public sealed record MemoryFigures(
    [property: JsonPropertyName("before")] double Before,
    [property: JsonPropertyName("peak")] double Peak,
    [property: JsonPropertyName("growth")] double Growth,
    [property: JsonPropertyName("managed_heap_peak")] double ManagedHeapPeak,
    [property: JsonPropertyName("gc_committed_peak")] double GcCommittedPeak,
    [property: JsonPropertyName("sqlite_heap_peak")] double SqliteHeapPeak,
    [property: JsonPropertyName("after_gc")] double AfterGc,
    [property: JsonPropertyName("native_in_use_after")] double? NativeInUseAfter,
    [property: JsonPropertyName("native_free_kept_after")] double? NativeFreeKeptAfter,
    [property: JsonPropertyName("sandbox_process_peak")] double SandboxProcessPeak);
