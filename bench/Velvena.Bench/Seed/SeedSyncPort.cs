using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Velvena.Bench.Seed;

/// <summary>
/// The baseline: a faithful port of the seed's hourly Calendly sync, to measure ours against in the same run.
/// For each connected organization, one after the other: <c>GET /scheduled_events?user=…&amp;status=active&amp;count=100</c>
/// (the first page only: no <c>page_token</c> is ever followed), then for every event of that page that has no
/// prospect yet, one <c>GET {event}/invitees</c> (first page, Calendly's default count) and a prospect per invitee.
/// What it does not do, on purpose, because the seed did not: pagination, canceled events, concurrency, retries.
/// </summary>
public sealed class SeedSyncPort(HttpClient calendly, SeedProspectStore store)
{
    public async Task<SeedSyncResult> SyncAllAsync(IReadOnlyList<SeedConnection> connections, Action<int, SeedSyncResult>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connections);
        var total = SeedSyncResult.Zero;
        for (var i = 0; i < connections.Count; i++)
        {
            total = total.Add(await SyncOrganizationAsync(connections[i], cancellationToken));
            progress?.Invoke(i + 1, total);
        }

        return total;
    }

    public async Task<SeedSyncResult> SyncOrganizationAsync(SeedConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var calls = 0;
        var invitees = 0;
        var eventsUrl = new Uri(calendly.BaseAddress!, "scheduled_events?user=" + Uri.EscapeDataString(connection.CalendlyUserUri) + "&status=active&count=100");
        using var events = await GetAsync(eventsUrl, connection.AccessToken, cancellationToken);
        calls++;
        var collection = events.RootElement.GetProperty("collection");
        foreach (var scheduledEvent in collection.EnumerateArray())
        {
            var eventUri = scheduledEvent.GetProperty("uri").GetString()!;
            if (store.EventHasProspect(connection.Organization, eventUri))
            {
                continue;
            }

            using var page = await GetAsync(new Uri(eventUri + "/invitees"), connection.AccessToken, cancellationToken);
            calls++;
            var start = scheduledEvent.GetProperty("start_time").GetString();
            var name = scheduledEvent.GetProperty("name").GetString();
            foreach (var invitee in page.RootElement.GetProperty("collection").EnumerateArray())
            {
                var email = invitee.GetProperty("email").GetString()!;
                store.Record(connection.Organization, eventUri, email, string.Create(CultureInfo.InvariantCulture, $"Rendez-vous Calendly prévu le {start} - {name}"));
                invitees++;
            }
        }

        return new SeedSyncResult(calls, collection.GetArrayLength(), invitees);
    }

    private async Task<JsonDocument> GetAsync(Uri url, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await calendly.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
    }
}
