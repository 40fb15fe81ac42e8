using Velvena.Bench.Hosting;
using Velvena.Bench.Results;
using Velvena.Bench.Seed;
using Velvena.CalendlySandbox.Generator;

namespace Velvena.Bench.Scenarios;

/// <summary>
/// Scenario 1: Calendly calls of an hourly sync that finds nothing new, for an organization with E events, counted
/// at the sandbox. Ours must make exactly ceil(E / 100) (the event pages); the seed makes one and sees 100 events.
/// </summary>
public sealed class SteadyStateCallsScenario(BenchOptions options) : IBenchScenario
{
    private static readonly int[] EventCounts = [20, 100, 1000];

    public string Title => "1. Calendly calls per steady-state sync";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!options.Runs("steady"))
        {
            return;
        }

        // The figure is a count, not a time: the per-user limit is lifted so the first (seeding) sync of 1,000 events does
        // not wait a minute for its quota, and no 429 retry can inflate the steady-state count.
        await using var environment = await BenchEnvironment.StartAsync(apiRequestsPerMinute: BenchEnvironment.UnlimitedRequestsPerMinute);
        using var store = new SeedProspectStore();
        using var calendly = new HttpClient { BaseAddress = new Uri(environment.Sandbox.BaseUrl + "/") };
        var seed = new SeedSyncPort(calendly, store);
        // Numeric order in results.json: "20", "100", "1000".
        var results = new SortedDictionary<string, SteadyCalls>(NumericKeyOrder.Comparer);
        report.Section(Title);
        report.Add("An organization with E active events (one invitee each), synced once, then synced again with nothing new: the calls of the second sync, counted at the sandbox (every request it answered). The sandbox's per-user rate limit is lifted here (the figure is a count), so no 429 retry is counted.");
        report.Add(string.Empty);
        report.Add("| E | ours | seed port | minimal ceil(E/100) | events the seed never reads |");
        report.Add("| --- | --- | --- | --- | --- |");
        foreach (var events in EventCounts)
        {
            var generated = environment.Sandbox.Generator.Generate(new GenerationRequest(1, events, 1, Seed: events));
            var owner = generated.Owners[0];
            var userUri = environment.Sandbox.Urls.User(owner);

            var tokens = environment.Sandbox.Seed.IssueTokens(BenchEnvironment.ClientId, owner);
            var connection = new SeedConnection($"seed-{events}", userUri, tokens.Access.Token);
            await seed.SyncOrganizationAsync(connection, cancellationToken);
            environment.Sandbox.Requests.Clear();
            var seedSteady = await seed.SyncOrganizationAsync(connection, cancellationToken);
            var seedCalls = environment.Sandbox.Requests.Count();

            var organizationId = Guid.NewGuid();
            await environment.ConnectAsync(organizationId, owner, cancellationToken);
            using var api = environment.Api.ClientFor(organizationId);
            var first = await SyncClient.RunAsync(api, TimeSpan.FromMinutes(10), cancellationToken);
            environment.Sandbox.Requests.Clear();
            var steady = await SyncClient.RunAsync(api, TimeSpan.FromMinutes(10), cancellationToken);
            var ourCalls = environment.Sandbox.Requests.Count();

            var minimal = (events + 99) / 100;
            var missed = events - seedSteady.EventsSeen;
            results[events.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new SteadyCalls(ourCalls, seedCalls, minimal);
            report.Add($"| {events} | {ourCalls} | {seedCalls} | {minimal} | {missed} |");
            Progress.Line($"steady E={events}: ours {ourCalls} calls (first sync {first.CalendlyCalls} calls, {first.ProspectsCreated} prospects; steady run {steady.Outcome}), seed {seedCalls} calls, seed misses {missed} events, minimal {minimal}");
        }

        report.Add(string.Empty);
        report.Add("The seed port reads only the first page (`count=100`, `status=active`) and never follows `next_page`: beyond 100 events it never sees a booking, and it never sees a cancellation. Ours reads every page of active and canceled events and fetches invitees only for events whose snapshot (status, invitee counter, updated_at) changed.");
        report.Results.SteadyCalls = results;
    }
}
