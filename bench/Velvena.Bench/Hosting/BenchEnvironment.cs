using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Velvena.CalendlySandbox;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.State;

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

    /// <summary>Calendly's per-user limit on paid plans.</summary>
    public const int CalendlyRequestsPerMinute = 500;

    /// <summary>A per-user limit no scenario reaches, for scenarios whose figure does not depend on it.</summary>
    public const int UnlimitedRequestsPerMinute = 10_000_000;

    private readonly HttpClient _browser;

    private BenchEnvironment(CalendlySandboxHost sandbox, BenchApi api)
    {
        Sandbox = sandbox;
        Api = api;
        _browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
    }

    public CalendlySandboxHost Sandbox { get; }

    public BenchApi Api { get; }

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
        var redirectUri = "http://localhost/auth/calendly/callback";
        sandbox.Seed.CreateOAuthClient(new NewOAuthClient(ClientId, ClientSecret, [redirectUri], NewOAuthClient.AllProjectScopes, SigningKey, AutoApprove: true));
        var all = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["CALENDLY_CLIENT_ID"] = ClientId,
            ["CALENDLY_CLIENT_SECRET"] = ClientSecret,
            ["CALENDLY_REDIRECT_URI"] = redirectUri,
            ["CALENDLY_WEBHOOK_SIGNING_KEY"] = SigningKey,
            ["CALENDLY_AUTH_BASE_URL"] = sandbox.BaseUrl,
            ["CALENDLY_API_BASE_URL"] = sandbox.BaseUrl,
            ["Hangfire:SyncWorkerCount"] = syncWorkers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new BenchEnvironment(sandbox, new BenchApi(all));
    }

    /// <summary>
    /// Connects a Velvena organization to a Calendly user through the real flow: POST /auth/calendly/authorize, the
    /// sandbox's consent (auto-approved, <c>login_hint</c> names the user), then POST /auth/calendly/callback.
    /// </summary>
    public async Task ConnectAsync(Guid organizationId, Guid calendlyUser, CancellationToken cancellationToken = default)
    {
        using var client = Api.ClientFor(organizationId);
        using var begin = await client.PostAsync(new Uri("auth/calendly/authorize", UriKind.Relative), null, cancellationToken);
        await EnsureAsync(begin, "POST /auth/calendly/authorize", cancellationToken);
        using var started = JsonDocument.Parse(await begin.Content.ReadAsStringAsync(cancellationToken));
        var authorizeUrl = started.RootElement.GetProperty("authorizeUrl").GetString()!;
        var consent = QueryHelpers.AddQueryString(authorizeUrl, "login_hint", calendlyUser.ToString());
        using var redirect = await _browser.GetAsync(new Uri(consent), cancellationToken);
        if (redirect.StatusCode != HttpStatusCode.Redirect || redirect.Headers.Location is null)
        {
            throw new InvalidOperationException($"The sandbox consent answered {(int)redirect.StatusCode} instead of redirecting back.");
        }

        var query = QueryHelpers.ParseQuery(redirect.Headers.Location.Query);
        using var callback = await client.PostAsJsonAsync(
            new Uri("auth/calendly/callback", UriKind.Relative), new { code = query["code"].ToString(), state = query["state"].ToString() }, cancellationToken);
        await EnsureAsync(callback, "POST /auth/calendly/callback", cancellationToken);
    }

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
        _browser.Dispose();
        await Api.DisposeAsync();
        await Sandbox.DisposeAsync();
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {body}");
        }
    }
}
