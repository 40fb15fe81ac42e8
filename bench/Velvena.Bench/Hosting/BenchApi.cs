using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Velvena.Api.Authentication;
using Velvena.Api.Development;

namespace Velvena.Bench.Hosting;

/// <summary>
/// The real API (Program.cs, every layer's DependencyInjection) on a real loopback Kestrel port and a temporary
/// SQLite file, in a non-Development environment; in-memory Hangfire with the given worker count.
/// </summary>
public sealed class BenchApi : WebApplicationFactory<Program>
{
    private const string Issuer = "velvena-bench";
    private const string Audience = "velvena-calendly-bench";

    private readonly Dictionary<string, string?> _settings;
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public BenchApi(IReadOnlyDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        DatabasePath = Path.Combine(Path.GetTempPath(), $"velvena-bench-{Guid.NewGuid():N}.db");
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Velvena"] = $"Data Source={DatabasePath}",
            ["Hangfire:Storage"] = "InMemory",
            ["Auth:Jwt:SigningKey"] = _signingKey,
            ["Auth:Jwt:Issuer"] = Issuer,
            ["Auth:Jwt:Audience"] = Audience,
            ["ENCRYPTION_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Calendly:WebhookCallbackUrl"] = BaseUrl + "/webhooks/calendly",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:Hangfire"] = "Warning",
            ["Logging:LogLevel:Polly"] = "Error",
            ["Logging:LogLevel:Velvena.Application.Common.Behaviors.PerformanceBehavior"] = "Error",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }

        // The API's content root (its appsettings.json), found from here since this is not a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_VELVENA_API", ApiContentRoot());
        UseKestrel(port);
        StartServer();
    }

    public string BaseUrl { get; }

    public string DatabasePath { get; }

    /// <summary>A client of the API over loopback, signed in as an administrator of <paramref name="organizationId"/>.</summary>
    public HttpClient ClientFor(Guid organizationId)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl + "/"), Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TokenFor(organizationId));
        return client;
    }

    public string TokenFor(Guid organizationId)
    {
        var issuer = new DevelopmentTokenIssuer(new JwtOptions { SigningKey = _signingKey, Issuer = Issuer, Audience = Audience }, TimeProvider.System);
        return issuer.Issue(new DevelopmentTokenRequest($"bench-admin-{organizationId:N}", organizationId, "Boutique bench", Admin: true)).AccessToken;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Benchmark");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(DatabasePath + suffix);
            }
        }
    }

    private static string ApiContentRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Velvena.Api");
            if (File.Exists(Path.Combine(candidate, "Velvena.Api.csproj")))
            {
                return candidate;
            }
        }

        return AppContext.BaseDirectory;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
