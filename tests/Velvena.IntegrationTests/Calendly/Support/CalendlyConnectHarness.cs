using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Velvena.Application.Calendly.Ports;
using Velvena.Application.Common.Interfaces;
using Velvena.CalendlySandbox;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.State;
using Velvena.Domain.Calendly;
using Velvena.Domain.Organizations;
using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Calendly.Support;

/// <summary>
/// The real API (on a SQLite file) wired to a Calendly sandbox over loopback HTTP, with an OAuth app seeded there
/// (auto-approve), one Velvena organization and its admin, and every log line of every API instance captured.
/// More API instances ("processes") can share the same database and keys through <see cref="CreateApi"/>.
/// Reused by the connect, sync and webhook tests.
/// </summary>
internal sealed class CalendlyConnectHarness : IAsyncDisposable
{
    public const string RedirectUri = CalendlyClientHarness.RedirectUri;
    public const string ClientId = "velvena-connect-test";
    public const string ClientSecret = "connect-client-secret-5b1e82d7";
    public const string WebhookSigningKey = "connect-webhook-signing-key-9d04c7aa";

    private readonly List<VelvenaApiFactory> _apis = [];
    private readonly Dictionary<string, string?> _baseSettings;

    private CalendlyConnectHarness(CalendlySandboxHost sandbox, SandboxUser owner, OAuthClient client, Dictionary<string, string?> baseSettings)
    {
        Sandbox = sandbox;
        Owner = owner;
        Client = client;
        _baseSettings = baseSettings;
    }

    public CalendlySandboxHost Sandbox { get; }
    public SandboxUser Owner { get; }
    public OAuthClient Client { get; }

    /// <summary>Every log line written by every API instance of this harness.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Secrets seen during the test (codes, tokens, keys): none may appear in a log line or in clear in the database.</summary>
    public ConcurrentBag<string> Secrets { get; } = [];

    /// <summary>The first API instance; it owns the database file.</summary>
    public VelvenaApiFactory Api => _apis[0];

    public Guid OrganizationId { get; } = Guid.NewGuid();

    public string AdminUserId => $"admin-{OrganizationId:N}";

    public string OwnerUri => Sandbox.Urls.User(Owner.Uuid);

    public string CalendlyOrganizationUri => Sandbox.Urls.Organization(Owner.OrganizationUuid);

    public static async Task<CalendlyConnectHarness> StartAsync(
        SandboxOptions? sandboxOptions = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var sandbox = await CalendlySandboxHost.StartAsync(sandboxOptions ?? new SandboxOptions { TokenRequestsPerMinute = 1000 });
        var owner = sandbox.Seed.CreateUser(new NewUser("Camille Martin", "camille.martin@velvena.example"));
        var client = sandbox.Seed.CreateOAuthClient(new NewOAuthClient(ClientId, ClientSecret, [RedirectUri], AutoApprove: true, DefaultUser: owner.Uuid));
        var encryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var baseSettings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["CALENDLY_AUTH_BASE_URL"] = sandbox.BaseUrl,
            ["CALENDLY_API_BASE_URL"] = sandbox.BaseUrl,
            ["CALENDLY_CLIENT_ID"] = ClientId,
            ["CALENDLY_CLIENT_SECRET"] = ClientSecret,
            ["CALENDLY_REDIRECT_URI"] = RedirectUri,
            ["CALENDLY_WEBHOOK_SIGNING_KEY"] = WebhookSigningKey,
            ["ENCRYPTION_KEY"] = encryptionKey,
            ["Calendly:Http:MaxRetryAttempts"] = "1",
            ["Calendly:Http:BaseDelay"] = "00:00:00.010",
            ["Calendly:Http:AttemptTimeout"] = "00:00:05",
            ["Calendly:Http:TotalTimeout"] = "00:00:10",
            ["Calendly:Http:TokenRequestTimeout"] = "00:00:05",
            ["Calendly:Tokens:RefreshPollInterval"] = "00:00:00.050",
            ["Logging:LogLevel:Default"] = "Trace",
        };
        var harness = new CalendlyConnectHarness(sandbox, owner, client, baseSettings);
        harness.Secrets.Add(ClientSecret);
        harness.Secrets.Add(WebhookSigningKey);
        harness.Secrets.Add(encryptionKey);
        harness.CreateApi(settings, configureServices, shareDatabase: false);
        return harness;
    }

    /// <summary>
    /// Another API instance on the same sandbox, logs and (unless told otherwise) the same database file and keys:
    /// a second process, or the same one restarted with other settings.
    /// </summary>
    public VelvenaApiFactory CreateApi(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null, bool shareDatabase = true)
    {
        var merged = new Dictionary<string, string?>(_baseSettings, StringComparer.Ordinal);
        if (shareDatabase)
        {
            merged["ConnectionStrings:Velvena"] = $"Data Source={Api.DatabasePath}";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var api = new VelvenaApiFactory(merged, configureServices: services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            configureServices?.Invoke(services);
        });
        _apis.Add(api);
        Secrets.Add(api.SigningKey);
        return api;
    }

    public HttpClient Admin(VelvenaApiFactory? api = null) => (api ?? Api).CreateClientFor(OrganizationId, admin: true, userId: AdminUserId);

    public async Task<AuthorizeAnswer> BeginAsync(HttpClient client)
    {
        using var response = await client.PostAsync(new Uri("/auth/calendly/authorize", UriKind.Relative), content: null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var answer = (await response.Content.ReadFromJsonAsync<AuthorizeAnswer>())!;
        Secrets.Add(answer.State);
        return answer;
    }

    /// <summary>Plays the admin's browser on Calendly's consent page (auto-approved) and reads the redirect back.</summary>
    public async Task<(string Code, string State)> ConsentAsync(Uri authorizeUrl)
    {
        var (code, state) = await AuthorizeBrowser.AuthorizeAsync(authorizeUrl);
        Secrets.Add(code);
        return (code, state);
    }

    public static Task<HttpResponseMessage> CallbackAsync(HttpClient client, object body) =>
        client.PostAsJsonAsync(new Uri("/auth/calendly/callback", UriKind.Relative), body);

    /// <summary>The whole flow as the admin; returns the callback's answer.</summary>
    public async Task<CallbackAnswer> ConnectAsync(HttpClient? client = null)
    {
        var admin = client ?? Admin();
        try
        {
            var begun = await BeginAsync(admin);
            var (code, state) = await ConsentAsync(begun.AuthorizeUrl);
            using var response = await CallbackAsync(admin, new { code, state, organizationId = OrganizationId, redirectUri = RedirectUri });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            var answer = (await response.Content.ReadFromJsonAsync<CallbackAnswer>())!;
            await RememberStoredTokensAsync();
            return answer;
        }
        finally
        {
            if (client is null)
            {
                admin.Dispose();
            }
        }
    }

    public async Task<JsonStatus> StatusAsync(VelvenaApiFactory? api = null)
    {
        using var client = Admin(api);
        using var response = await client.GetAsync(new Uri("/integrations/calendly", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var text = await response.Content.ReadAsStringAsync();
        return new JsonStatus(text, System.Text.Json.JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<CalendlyConnection> ReadConnectionAsync(VelvenaApiFactory? api = null)
    {
        CalendlyConnection? connection = null;
        await (api ?? Api).WithDbAsync(async db =>
            connection = (await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == OrganizationId)).Calendly);
        return connection!;
    }

    public async Task<List<CalendlyAuthorizationRequest>> ReadAuthorizationRequestsAsync()
    {
        List<CalendlyAuthorizationRequest> requests = [];
        await Api.WithDbAsync(async db => requests = await db.CalendlyAuthorizationRequests.AsNoTracking().ToListAsync());
        return requests;
    }

    /// <summary>Decrypts the stored tokens with the API's protector (and remembers them as secrets).</summary>
    public async Task<StoredTokens> ReadStoredTokensAsync(VelvenaApiFactory? api = null)
    {
        var target = api ?? Api;
        var connection = await ReadConnectionAsync(target);
        var protector = target.Services.GetRequiredService<ITokenProtector>();
        var tokens = new StoredTokens(
            connection.EncryptedAccessToken!,
            connection.EncryptedRefreshToken!,
            protector.Unprotect(connection.EncryptedAccessToken!, OrganizationId, TokenKind.AccessToken),
            protector.Unprotect(connection.EncryptedRefreshToken!, OrganizationId, TokenKind.RefreshToken));
        Secrets.Add(tokens.Access);
        Secrets.Add(tokens.Refresh);
        return tokens;
    }

    public async Task RememberStoredTokensAsync(VelvenaApiFactory? api = null) => await ReadStoredTokensAsync(api);

    /// <summary>Makes the stored access token look expired, so the next Calendly call refreshes it.</summary>
    public Task ExpireStoredAccessTokenAsync() => UpdateConnectionAsync(
        (entry, _) => entry.Property(nameof(CalendlyConnection.OAuthExpiresAtUtc)).CurrentValue = DateTime.UtcNow.AddHours(-1));

    /// <summary>
    /// Changes the stored connection behind the application's back (the domain has no setter for what tests tamper with).
    /// Every API instance then forgets the access token it may hold in memory, as it does for each change the
    /// application itself makes outside the token source: a token cached before the change would otherwise still be served.
    /// </summary>
    public async Task UpdateConnectionAsync(Action<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry, IServiceProvider> change)
    {
        await Api.WithDbAsync(async db =>
        {
            var organization = await db.Organizations.SingleAsync(o => o.Id == OrganizationId);
            change(((DbContext)db).Entry(organization.Calendly), Api.Services);
            await db.SaveChangesAsync();
        });
        foreach (var api in _apis)
        {
            api.Services.GetRequiredService<ICalendlyAccessTokenCache>().Forget(OrganizationId);
        }
    }

    public Task UpdateAuthorizationRequestAsync(string state, Action<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<CalendlyAuthorizationRequest>, IServiceProvider> change) =>
        Api.WithDbAsync(async db =>
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(state)));
            var request = await db.CalendlyAuthorizationRequests.SingleAsync(r => r.StateHash == hash);
            change(((DbContext)db).Entry(request), Api.Services);
            await db.SaveChangesAsync();
        });

    public int RefreshRequests => Sandbox.Tokens.TokenRequestCount("refresh_token");

    public int CodeExchangeRequests => Sandbox.Tokens.TokenRequestCount("authorization_code");

    /// <summary>Every log line so far, from every API instance.</summary>
    public string AllLogText() => string.Join('\n', Logs.Lines);

    public async ValueTask DisposeAsync()
    {
        for (var i = _apis.Count - 1; i >= 0; i--)
        {
            await _apis[i].DisposeAsync();
        }

        await Sandbox.DisposeAsync();
    }
}
