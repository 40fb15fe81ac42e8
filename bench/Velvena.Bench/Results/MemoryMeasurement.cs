using System.Text.Json.Serialization;

namespace Velvena.Bench.Results;

/// <summary>What a memory worker process measured for one N, handed to the bench that started it (a JSON file).</summary>
public sealed record MemoryMeasurement(
    [property: JsonPropertyName("events")] int Events,
    [property: JsonPropertyName("figures")] MemoryFigures Figures,
    [property: JsonPropertyName("sync_seconds")] double SyncSeconds,
    [property: JsonPropertyName("calendly_calls")] int CalendlyCalls,
    [property: JsonPropertyName("prospects_created")] int ProspectsCreated,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("garbage_collector")] string GarbageCollector,
    [property: JsonPropertyName("malloc_arena_max")] string MallocArenaMax);
