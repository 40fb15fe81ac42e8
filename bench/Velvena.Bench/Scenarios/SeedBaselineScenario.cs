using System.Diagnostics;
using Velvena.Bench.Hosting;
using Velvena.Bench.Results;
using Velvena.Bench.Seed;
using Velvena.CalendlySandbox.Faults;
using Velvena.CalendlySandbox.Generator;

namespace Velvena.Bench.Scenarios;

/// <summary>
/// The seed port's side of scenarios 1 and 2, measurable before our sync exists: its steady-state calls (counted by the
/// port, one per request it sends) and its fleet time on a sample at 100 ms per call, extrapolated linearly.
/// </summary>
public sealed class SeedBaselineScenario(BenchOptions options) : IBenchScenario
{
    private static readonly int[] EventCounts = [20, 100, 1000];

    public string Title => "1–2. The seed port alone (our sync not on main yet)";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!options.Runs("steady") && !options.Runs("fleet"))
        {
            return;
        }

        await using var environment = await BenchEnvironment.StartAsync();
        using var store = new SeedProspectStore();
        using var calendly = new HttpClient { BaseAddress = new Uri(environment.Sandbox.BaseUrl + "/") };
        var seed = new SeedSyncPort(calendly, store);
        report.Section(Title);
        report.Add("Not measured yet for ours: needs the hourly sync (SyncOrganizationCommand, the `calendly-sync` job) and the sandbox's request log. The seed port's figures below are real; `ours` and `limit_s` are null in results.json.");
        report.Add(string.Empty);
        report.Add("| E | seed port calls (steady state) | minimal ceil(E/100) | events the seed never reads |");
        report.Add("| --- | --- | --- | --- |");
        var steady = new SortedDictionary<string, SteadyCalls>(Comparer<string>.Create((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b)));
        foreach (var events in EventCounts)
        {
            var owner = environment.Sandbox.Generator.Generate(new GenerationRequest(1, events, 1, Seed: events)).Owners[0];
            var connection = new SeedConnection($"seed-{events}", environment.Sandbox.Urls.User(owner), environment.Sandbox.Seed.IssueTokens(BenchEnvironment.ClientId, owner).Access.Token);
            await seed.SyncOrganizationAsync(connection, cancellationToken);
            var second = await seed.SyncOrganizationAsync(connection, cancellationToken);
            var minimal = (events + 99) / 100;
            steady[events.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new SteadyCalls(null, second.Calls, minimal);
            report.Add($"| {events} | {second.Calls} | {minimal} | {events - second.EventsSeen} |");
            Progress.Line($"seed steady E={events}: {second.Calls} calls, misses {events - second.EventsSeen} events");
        }

        report.Results.SteadyCalls = steady;

        const int eventsPerOrganization = 50;
        var sampleOwners = new List<Guid>();
        for (var invitees = 1; invitees <= 3; invitees++)
        {
            var count = options.SeedSample / 3 + (invitees <= options.SeedSample % 3 ? 1 : 0);
            sampleOwners.AddRange(environment.Sandbox.Generator.Generate(new GenerationRequest(count, eventsPerOrganization, invitees, Seed: 200 + invitees)).Owners);
        }

        var connections = sampleOwners.Select((owner, i) => new SeedConnection($"fleet-seed-{i}", environment.Sandbox.Urls.User(owner),
            environment.Sandbox.Seed.IssueTokens(BenchEnvironment.ClientId, owner).Access.Token)).ToList();
        environment.Sandbox.Faults.Configure(new FaultSettings { LatencyMilliseconds = 100 });
        var clock = Stopwatch.StartNew();
        var result = await seed.SyncAllAsync(connections, (done, total) => Progress.Line($"seed fleet sample: {done}/{connections.Count} organizations, {total.Calls} calls"), cancellationToken);
        clock.Stop();
        var scale = (double)options.FleetOrganizations / connections.Count;
        var seedSeconds = clock.Elapsed.TotalSeconds * scale;
        var seedCalls = (int)Math.Round(result.Calls * scale);
        report.Add(string.Empty);
        report.Add($"Fleet ({options.FleetOrganizations:N0} organizations × {eventsPerOrganization} events × 1–3 invitees, 100 ms per call): the seed port took {clock.Elapsed.TotalSeconds:0.0} s and {result.Calls} calls for a sample of {connections.Count} organizations (a third each with 1, 2, 3 invitees per event), so **{seedSeconds:0} s ({seedSeconds / 3600:0.0} h) and {seedCalls:N0} calls** extrapolated linearly (it is strictly sequential).");
        report.Results.Fleet = new FleetFigures(null, Math.Round(seedSeconds, 0), null, null, seedCalls);
        Progress.Line($"seed fleet: {seedSeconds:0} s extrapolated, {seedCalls} calls");
    }
}
