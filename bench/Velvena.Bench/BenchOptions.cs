using System.Globalization;

namespace Velvena.Bench;

/// <summary>
/// Command line: <c>--micro</c> runs the BenchmarkDotNet micro-benchmarks instead of the scenarios;
/// <c>--only=steady,fleet,latency,intake,memory</c> runs some scenarios; <c>--fleet-orgs=N</c>, <c>--seed-sample=N</c>
/// and <c>--memory-events=N,M</c> scale them; <c>--output=DIR</c> is where results are written (default <c>bench</c>).
/// Internal: <c>--memory-worker=N --memory-result=FILE --stdin-lifeline</c> is how scenario 5 runs each N in a fresh bench
/// process (which exits when its standard input closes, i.e. when the bench that started it is gone).
/// </summary>
public sealed record BenchOptions(
    bool Micro,
    IReadOnlySet<string>? Only,
    int FleetOrganizations,
    int SeedSample,
    IReadOnlyList<int> MemoryEvents,
    string OutputDirectory,
    string Command,
    int? MemoryWorker = null,
    string? MemoryResult = null,
    bool StdinLifeline = false)
{
    public static BenchOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = args.Where(a => a.StartsWith("--", StringComparison.Ordinal))
            .Select(a => a[2..].Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty, StringComparer.OrdinalIgnoreCase);
        string? Value(string key) => values.TryGetValue(key, out var value) ? value : null;
        int Number(string key, int fallback) => Value(key) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        return new BenchOptions(
            Micro: values.ContainsKey("micro"),
            Only: Value("only") is { Length: > 0 } only ? only.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase) : null,
            FleetOrganizations: Number("fleet-orgs", 1000),
            SeedSample: Number("seed-sample", 10),
            MemoryEvents: Value("memory-events") is { Length: > 0 } memory
                ? memory.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray()
                : [10_000, 100_000],
            OutputDirectory: Value("output") is { Length: > 0 } output ? output : "bench",
            Command: Value("command") is { Length: > 0 } command ? command : "./build.sh --target=Bench",
            MemoryWorker: Value("memory-worker") is { Length: > 0 } worker ? int.Parse(worker, CultureInfo.InvariantCulture) : null,
            MemoryResult: Value("memory-result") is { Length: > 0 } result ? result : null,
            StdinLifeline: values.ContainsKey("stdin-lifeline"));
    }

    public bool Runs(string scenario) => Only is null || Only.Contains(scenario);
}
