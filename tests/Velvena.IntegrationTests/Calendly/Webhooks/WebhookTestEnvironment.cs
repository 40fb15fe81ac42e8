using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Velvena.Application.Calendly.Connect.Begin;
using Velvena.CalendlySandbox;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.State;
using Velvena.Domain.Calendly;
using Velvena.IntegrationTests.Calendly.Support;
using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Calendly.Webhooks;

/// <summary>
/// A Calendly sandbox and the real API on a real loopback Kestrel port (the sandbox delivers over sockets only),
/// connected through the real OAuth flow, so the subscription the deliveries use is the one the connect flow created.
/// </summary>
internal sealed class WebhookTestEnvironment : IAsyncDisposable
{
    private readonly bool _ownsSandbox;

    private WebhookTestEnvironment(CalendlySandboxHost sandbox, OAuthClient client, SandboxUser owner, VelvenaApiFactory api, string baseUrl, CapturingLoggerProvider logs, bool ownsSandbox)
    {
        Sandbox = sandbox;
        Client = client;
        Owner = owner;
        Api = api;
        BaseUrl = baseUrl;
        Logs = logs;
        _ownsSandbox = ownsSandbox;
    }

    public CalendlySandboxHost Sandbox { get; }
    public OAuthClient Client { get; }
    public SandboxUser Owner { get; }
    public VelvenaApiFactory Api { get; }
    public string BaseUrl { get; }
    public CapturingLoggerProvider Logs { get; }
    public string CallbackUrl => BaseUrl + "/webhooks/calendly";
    public Guid OrganizationId { get; } = Guid.NewGuid();

    public static async Task<CalendlySandboxHost> StartSandboxAsync() => await CalendlySandboxHost.StartAsync(new SandboxOptions
    {
        WebhookRetryDelays = [TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20)],
        WebhookTimeout = TimeSpan.FromSeconds(10),
        AutoApprove = true,
        RandomSeed = 7,
    });

    public static async Task<WebhookTestEnvironment> StartAsync(
        IDictionary<string, string?>? settings = null,
        CalendlySandboxHost? sandbox = null,
        OAuthClient? client = null,
        SandboxUser? owner = null,
        string? databasePath = null,
        string? encryptionKey = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var ownsSandbox = sandbox is null;
        sandbox ??= await StartSandboxAsync();
        owner ??= sandbox.Seed.CreateUser(new NewUser("Camille Martin", $"camille.{Guid.NewGuid():N}@velvena.example", Role: UserRole.Owner));
        client ??= sandbox.Seed.CreateOAuthClient(new NewOAuthClient(
            ClientId: "velvena-webhooks-" + Guid.NewGuid().ToString("N")[..8],
            ClientSecret: CalendlyClientHarness.ClientSecret,
            RedirectUris: [CalendlyClientHarness.RedirectUri],
            AutoApprove: true,
            DefaultUser: owner.Uuid));

        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var logs = new CapturingLoggerProvider();
        var all = new Dictionary<string, string?>
        {
            ["CALENDLY_CLIENT_ID"] = client.ClientId,
            ["CALENDLY_CLIENT_SECRET"] = client.ClientSecret,
            ["CALENDLY_REDIRECT_URI"] = CalendlyClientHarness.RedirectUri,
            ["CALENDLY_WEBHOOK_SIGNING_KEY"] = client.SigningKey,
            ["CALENDLY_AUTH_BASE_URL"] = sandbox.BaseUrl,
            ["CALENDLY_API_BASE_URL"] = sandbox.BaseUrl,
            ["Calendly:WebhookCallbackUrl"] = baseUrl + "/webhooks/calendly",
            ["Calendly:Http:BaseDelay"] = "00:00:00.010",
            ["Logging:LogLevel:Default"] = "Debug",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information",
        };
        if (databasePath is not null)
        {
            all["ConnectionStrings:Velvena"] = $"Data Source={databasePath}";
        }

        if (encryptionKey is not null)
        {
            all["ENCRYPTION_KEY"] = encryptionKey;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var api = new VelvenaApiFactory(all, configureServices: services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            configureServices?.Invoke(services);
        });
        api.UseKestrel(port);
        api.StartServer();
        return new WebhookTestEnvironment(sandbox, client, owner, api, baseUrl, logs, ownsSandbox);
    }

    public static string NewEncryptionKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public HttpClient CreateClient(bool admin = true)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl + "/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Api.TokenFor(OrganizationId, admin));
        return client;
    }

    /// <summary>Connects <see cref="OrganizationId"/> to the sandbox owner through the real OAuth flow.</summary>
    public async Task ConnectAsync()
    {
        using var client = CreateClient();
        using var begin = await client.PostAsync("auth/calendly/authorize", null);
        Assert.That(begin.StatusCode, Is.EqualTo(HttpStatusCode.OK), await begin.Content.ReadAsStringAsync());
        var started = await begin.Content.ReadFromJsonAsync<BeginCalendlyConnectResult>();
        var (code, state) = await AuthorizeBrowser.AuthorizeAsync(started!.AuthorizeUrl);
        using var callback = await client.PostAsJsonAsync("auth/calendly/callback", new { code, state });
        Assert.That(callback.StatusCode, Is.EqualTo(HttpStatusCode.OK), await callback.Content.ReadAsStringAsync());
    }

    public BookingResult Book(string email, DateTimeOffset start, string firstName = "Marie", string lastName = "Dupont") =>
        Sandbox.Seed.Book(new NewBooking(
            new NewInvitee(email, FirstName: firstName, LastName: lastName, TextReminderNumber: "+33 6 12 34 56 78"),
            start,
            Host: Owner.Uuid));

    public async Task<List<CalendlyWebhookInboxEntry>> InboxAsync()
    {
        List<CalendlyWebhookInboxEntry> entries = [];
        await Api.WithDbAsync(async db => entries = await db.CalendlyWebhookInbox.AsNoTracking().ToListAsync());
        return entries;
    }

    /// <summary>Prospects and appointments of the organization, as comparable text.</summary>
    public async Task<List<string>> EndStateAsync()
    {
        List<string> state = [];
        await Api.WithDbAsync(async db =>
        {
            var prospects = await db.Prospects.AsNoTracking().Where(p => p.OrganizationId == OrganizationId)
                .Select(p => new { p.Id, p.Email, p.FirstName, p.LastName, p.Phone, p.Status }).ToListAsync();
            var appointments = await db.Appointments.AsNoTracking().Where(a => a.OrganizationId == OrganizationId)
                .Select(a => new { a.ProspectId, a.CalendlyInviteeUri, a.CalendlyEventUri, a.StartUtc, a.Status, a.RescheduledFromInviteeUri, a.RescheduledToInviteeUri })
                .ToListAsync();
            state.AddRange(prospects.Select(p => $"prospect {p.Email} {p.FirstName} {p.LastName} {p.Phone} {p.Status}"));
            state.AddRange(appointments.Select(a =>
                $"appointment {prospects.Single(p => p.Id == a.ProspectId).Email} {a.CalendlyInviteeUri} {a.CalendlyEventUri} {a.StartUtc:O} {a.Status} {a.RescheduledFromInviteeUri} {a.RescheduledToInviteeUri}"));
        });
        state.Sort(StringComparer.Ordinal);
        return state;
    }

    /// <summary>Waits until the sandbox has delivered everything and the API has applied every inbox entry.</summary>
    public async Task SettleAsync(TimeSpan? timeout = null)
    {
        await Sandbox.Webhooks.WaitForIdleAsync();
        await Eventually.ThatAsync(async () => (await InboxAsync()).All(e => e.ProcessedAtUtc is not null), timeout);
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        if (_ownsSandbox)
        {
            await Sandbox.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
