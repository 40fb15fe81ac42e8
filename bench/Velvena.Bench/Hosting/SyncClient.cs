using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Velvena.Bench.Hosting;

/// <summary>Runs the hourly sync of one organization by hand over HTTP and waits for its run to finish.</summary>
public static class SyncClient
{
    /// <summary>POST /integrations/calendly/sync, then polls GET /integrations/calendly until a new run has finished.</summary>
    public static async Task<SyncRun> RunAsync(HttpClient api, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        var before = await LastRunAsync(api, cancellationToken);
        using var response = await api.PostAsync(new Uri("integrations/calendly/sync", UriKind.Relative), null, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"POST /integrations/calendly/sync answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            var run = await LastRunAsync(api, cancellationToken);
            if (run is { Finished: true } && run.Id != before?.Id)
            {
                return run;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }

        throw new TimeoutException($"No sync run finished within {timeout}.");
    }

    public static async Task<SyncRun?> LastRunAsync(HttpClient api, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var status = JsonDocument.Parse(await api.GetStringAsync(new Uri("integrations/calendly", UriKind.Relative), cancellationToken));
        if (!status.RootElement.TryGetProperty("lastSync", out var lastSync)
            || !lastSync.TryGetProperty("lastRun", out var run) || run.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new SyncRun(
            run.GetProperty("id").GetGuid(),
            run.GetProperty("outcome").GetString() ?? string.Empty,
            run.GetProperty("finishedAtUtc").ValueKind != JsonValueKind.Null,
            run.GetProperty("eventsRead").GetInt32(),
            run.GetProperty("inviteesRead").GetInt32(),
            run.GetProperty("prospectsCreated").GetInt32(),
            run.GetProperty("calendlyCalls").GetInt32(),
            run.TryGetProperty("error", out var error) ? error.GetString() : null);
    }
}

/// <summary>One sync run as the status endpoint shows it.</summary>
public sealed record SyncRun(Guid Id, string Outcome, bool Finished, int EventsRead, int InviteesRead, int ProspectsCreated, int CalendlyCalls, string? Error);
