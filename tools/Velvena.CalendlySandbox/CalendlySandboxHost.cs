using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.Faults;
using Velvena.CalendlySandbox.Generator;
using Velvena.CalendlySandbox.Hosting;
using Velvena.CalendlySandbox.OAuth;
using Velvena.CalendlySandbox.State;
using Velvena.CalendlySandbox.Webhooks;

namespace Velvena.CalendlySandbox;

/// <summary>
/// A running Calendly sandbox on a loopback port. <c>await using var sandbox = await CalendlySandboxHost.StartAsync();</c>
/// then point both the auth and the API base URL at <see cref="BaseUrl"/>.
/// </summary>
public sealed class CalendlySandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CalendlySandboxHost(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Origin serving /oauth/*, the API v2 paths and /_sandbox/*, e.g. http://127.0.0.1:49152.</summary>
    public string BaseUrl { get; }

    public SandboxOptions Options => Service<SandboxOptions>();
    public SandboxState State => Service<SandboxState>();
    public SandboxSeeder Seed => Service<SandboxSeeder>();
    public FaultInjector Faults => Service<FaultInjector>();

    /// <summary>Every API and OAuth request answered (not the control API).</summary>
    public SandboxRequestLog Requests => Service<SandboxRequestLog>();

    public WebhookDispatcher Webhooks => Service<WebhookDispatcher>();
    public SandboxDataGenerator Generator => Service<SandboxDataGenerator>();
    public TokenStore Tokens => Service<TokenStore>();
    public SandboxUrls Urls => Service<SandboxUrls>();

    public static Task<CalendlySandboxHost> StartAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(options ?? new SandboxOptions(), args: null, quiet: true, cancellationToken);

    internal static async Task<CalendlySandboxHost> StartAsync(SandboxOptions options, string[]? args, bool quiet, CancellationToken cancellationToken)
    {
        var app = SandboxApplication.Build(options, args, quiet ? logging => logging.ClearProviders() : null);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUrl = address.TrimEnd('/');
        app.Services.GetRequiredService<SandboxUrls>().BaseUrl = baseUrl;
        return new CalendlySandboxHost(app, baseUrl);
    }

    /// <summary>An HttpClient on <see cref="BaseUrl"/>, for tests.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseUrl + "/") };

    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    private T Service<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();
}
