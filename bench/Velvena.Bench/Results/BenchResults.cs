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

    [JsonPropertyName("memory_mb")]
    public MemoryFigures? MemoryMb { get; set; }
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

public sealed record MemoryFigures(
    [property: JsonPropertyName("events_10000")] double? Events10000,
    [property: JsonPropertyName("events_100000")] double? Events100000);
