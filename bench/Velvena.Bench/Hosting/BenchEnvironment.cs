using Velvena.CalendlySandbox;
using Velvena.CalendlySandbox.Control;

namespace Velvena.Bench.Hosting;

/// <summary>
/// One scenario's world: an in-process Calendly sandbox, the real API beside it (real HTTP over loopback both ways),
/// and the OAuth app that connects them. Organizations connect through the real OAuth flow.
/// </summary>
public sealed class BenchEnvironment : IAsyncDisposable
{
    public const string ClientId = "velvena-bench";
    public const string ClientSecret = "velvena-bench-secret";
    public const string SigningKey = "velvena-bench-webhook-signing-key";
    public const string RedirectUri = "http://localhost/auth/calendly/callback";

    /// <summary>Calendly's per-user limit on paid plans.</summary>
    public const int CalendlyRequestsPerMinute = 500;

    /// <summary>A per-user limit no scenario reaches, for scenarios whose figure does not depend on it.</summary>
    public const int UnlimitedRequestsPerMinute = 10_000_000;

    private readonly CalendlyConnector _connector;

    private BenchEnvironment(CalendlySandboxHost sandbox, BenchApi api)
    {
        Sandbox = sandbox;
        Api = api;
        _connector = new CalendlyConnector(api);
    }

    public CalendlySandboxHost Sandbox { get; }

    public BenchApi Api { get; }

    /// <summary>The OAuth app the API is configured with, as the sandbox must know it.</summary>
    public static NewOAuthClient OAuthClient { get; } =
        new(ClientId, ClientSecret, [RedirectUri], NewOAuthClient.AllProjectScopes, SigningKey, AutoApprove: true);

    /// <summary>
    /// Starts the sandbox and the API. <paramref name="apiRequestsPerMinute"/> is the sandbox's per-user limit:
    /// Calendly's 500 by default; scenarios that only count calls or bytes lift it so their setup does not wait.
    /// </summary>
    public static async Task<BenchEnvironment> StartAsync(
        int syncWorkers = 20, IReadOnlyDictionary<string, string?>? settings = null, int apiRequestsPerMinute = CalendlyRequestsPerMinute)
    {
        var sandbox = await CalendlySandboxHost.StartAsync(new SandboxOptions
        {
            ApiRequestsPerMinute = apiRequestsPerMinute,
            AutoApprove = true,
            RandomSeed = 7,
            WebhookRetryDelays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)],
            WebhookTimeout = TimeSpan.FromSeconds(10),
        });
        sandbox.Seed.CreateOAuthClient(OAuthClient);
        return new BenchEnvironment(sandbox, new BenchApi(ApiSettings(sandbox.BaseUrl, syncWorkers, settings)));
    }

    /// <summary>The API's Calendly settings for a sandbox at <paramref name="sandboxBaseUrl"/>, then <paramref name="settings"/> on top.</summary>
    public static Dictionary<string, string?> ApiSettings(string sandboxBaseUrl, int syncWorkers, IReadOnlyDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["CALENDLY_CLIENT_ID"] = ClientId,
            ["CALENDLY_CLIENT_SECRET"] = ClientSecret,
            ["CALENDLY_REDIRECT_URI"] = RedirectUri,
            ["CALENDLY_WEBHOOK_SIGNING_KEY"] = SigningKey,
            ["CALENDLY_AUTH_BASE_URL"] = sandboxBaseUrl,
            ["CALENDLY_API_BASE_URL"] = sandboxBaseUrl,
            ["Hangfire:SyncWorkerCount"] = syncWorkers.ToString(System.Globalization.CultureInfo.InvariantCulture),

            // Never due during a run: the scenarios trigger the sync themselves, and an hourly sync or a webhook health
            // check firing mid-scenario would add its calls to the ones measured (it happened: a run crossing the hour).
            ["Calendly:Sync:Cron"] = "0 0 1 1 *",
            ["Calendly:Webhooks:HealthCron"] = "0 0 1 1 *",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>Connects a Velvena organization to a Calendly user through the real OAuth flow (see <see cref="CalendlyConnector"/>).</summary>
    public Task ConnectAsync(Guid organizationId, Guid calendlyUser, CancellationToken cancellationToken = default) =>
        _connector.ConnectAsync(organizationId, calendlyUser, cancellationToken);

    /// <summary>Connects many organizations, a few at a time; returns the Velvena organization id of each Calendly user.</summary>
    public async Task<IReadOnlyList<Guid>> ConnectAllAsync(IReadOnlyList<Guid> calendlyUsers, string label, CancellationToken cancellationToken = default)
    {
        var organizations = calendlyUsers.Select(_ => Guid.NewGuid()).ToArray();
        var done = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, calendlyUsers.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                await ConnectAsync(organizations[i], calendlyUsers[i], ct);
                var count = Interlocked.Increment(ref done);
                if (count % 100 == 0 || count == calendlyUsers.Count)
                {
                    Progress.Line($"{label}: {count}/{calendlyUsers.Count} organizations connected");
                }
            });
        return organizations;
    }

    public async ValueTask DisposeAsync()
    {
        _connector.Dispose();
        await Api.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
