using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Velvena.Application.Calendly.Ports;
using Velvena.CalendlySandbox;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.State;
using Velvena.Infrastructure.Calendly;
using Velvena.Infrastructure.Calendly.Http;

namespace Velvena.IntegrationTests.Calendly.Support;

/// <summary>
/// A Calendly sandbox on a loopback port, an OAuth client and an owner seeded in it, and the production client
/// registrations (<see cref="CalendlyClientServiceCollectionExtensions.AddCalendlyClients"/>) pointed at it.
/// </summary>
internal sealed class CalendlyClientHarness : IAsyncDisposable
{
    public const string RedirectUri = "http://localhost:5080/auth/calendly/callback";
    public const string ClientSecret = "sandbox-client-secret-7f3a9c";

    private readonly AsyncServiceScope _scope;

    private CalendlyClientHarness(CalendlySandboxHost sandbox, OAuthClient client, SandboxUser owner, ServiceProvider services)
    {
        Sandbox = sandbox;
        Client = client;
        Owner = owner;
        Services = services;
        _scope = services.CreateAsyncScope();
    }

    public CalendlySandboxHost Sandbox { get; }
    public OAuthClient Client { get; }
    public SandboxUser Owner { get; }
    public ServiceProvider Services { get; }

    /// <summary>The Velvena organization the gateway acts for.</summary>
    public Guid OrganizationId { get; } = Guid.NewGuid();

    public TestAccessTokenSource Tokens => Services.GetRequiredService<TestAccessTokenSource>();
    public CapturingLoggerProvider Logs => Services.GetRequiredService<CapturingLoggerProvider>();
    public RequestRecorder ApiRequests => Services.GetRequiredKeyedService<RequestRecorder>(CalendlyHttpClientNames.Api);
    public RequestRecorder AuthRequests => Services.GetRequiredKeyedService<RequestRecorder>(CalendlyHttpClientNames.Auth);
    public ICalendlyGateway Gateway => _scope.ServiceProvider.GetRequiredService<ICalendlyGateway>();
    public ICalendlyAuthorizationServer AuthorizationServer => _scope.ServiceProvider.GetRequiredService<ICalendlyAuthorizationServer>();

    public string OwnerUri => Sandbox.Urls.User(Owner.Uuid);
    public string OrganizationUri => Sandbox.Urls.Organization(Owner.OrganizationUuid);

    public static async Task<CalendlyClientHarness> StartAsync(
        SandboxOptions? sandboxOptions = null, Action<CalendlyHttpOptions>? configureHttp = null, TimeProvider? clientTimeProvider = null)
    {
        var sandbox = await CalendlySandboxHost.StartAsync(sandboxOptions ?? new SandboxOptions());
        var owner = sandbox.Seed.CreateUser(new NewUser("Camille Martin", "camille.martin@velvena.example"));
        var client = sandbox.Seed.CreateOAuthClient(new NewOAuthClient(
            ClientId: "velvena-test",
            ClientSecret: ClientSecret,
            RedirectUris: [RedirectUri],
            AutoApprove: true,
            DefaultUser: owner.Uuid));

        var services = new ServiceCollection();
        services.AddSingleton(new CapturingLoggerProvider());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<ILoggerProvider>(provider => provider.GetRequiredService<CapturingLoggerProvider>());
        if (clientTimeProvider is not null)
        {
            services.AddSingleton(clientTimeProvider);
        }

        services.Configure<CalendlyOptions>(options =>
        {
            options.ClientId = client.ClientId;
            options.ClientSecret = client.ClientSecret;
            options.RedirectUri = RedirectUri;
            options.AuthBaseUrl = sandbox.BaseUrl;
            options.ApiBaseUrl = sandbox.BaseUrl;
        });
        services.Configure<CalendlyHttpOptions>(options =>
        {
            options.MaxRetryAttempts = 3;
            options.BaseDelay = TimeSpan.FromMilliseconds(5);
            options.AttemptTimeout = TimeSpan.FromSeconds(10);
            options.TotalTimeout = TimeSpan.FromSeconds(30);
            options.MaxRetryAfter = TimeSpan.FromSeconds(2);
            options.TokenRequestTimeout = TimeSpan.FromSeconds(10);
            configureHttp?.Invoke(options);
        });
        services.AddSingleton<TestAccessTokenSource>();
        services.AddSingleton<ICalendlyAccessTokenSource>(provider => provider.GetRequiredService<TestAccessTokenSource>());
        services.AddCalendlyClients();

        foreach (var name in new[] { CalendlyHttpClientNames.Api, CalendlyHttpClientNames.Auth })
        {
            services.AddKeyedSingleton(name, new RequestRecorder());
            services.AddHttpClient(name).AddHttpMessageHandler(provider => new RecordingHandler(provider.GetRequiredKeyedService<RequestRecorder>(name)));
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        return new CalendlyClientHarness(sandbox, client, owner, provider);
    }

    /// <summary>An access token for the owner straight from the sandbox, bypassing OAuth.</summary>
    public string IssueAccessToken(IEnumerable<string>? scopes = null) =>
        Sandbox.Seed.IssueTokens(Client.ClientId, Owner.Uuid, scopes).Access.Token;

    public string IssueAccessTokenFor(Guid userUuid) => Sandbox.Seed.IssueTokens(Client.ClientId, userUuid).Access.Token;

    /// <summary>The gateway's organization uses a fresh owner token.</summary>
    public void UseOwnerToken() => Tokens.Current = IssueAccessToken();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await Services.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
