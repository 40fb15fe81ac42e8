using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Api.Authentication;
using Velvena.Api.Development;
using Velvena.Application.Common.Interfaces;

namespace Velvena.IntegrationTests.Infrastructure;

/// <summary>
/// The real API over a real SQLite file, in a non-Development environment so every production check runs;
/// each factory gets its own database file and keys.
/// </summary>
public sealed class VelvenaApiFactory : WebApplicationFactory<Program>
{
    public const string Issuer = "velvena-tests";
    public const string Audience = "velvena-calendly-tests";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    public VelvenaApiFactory(IDictionary<string, string?>? settings = null, string environment = "Testing", Action<IServiceCollection>? configureServices = null)
    {
        Environment = environment;
        DatabasePath = Path.Combine(Path.GetTempPath(), $"velvena-tests-{Guid.NewGuid():N}.db");
        SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _configureServices = configureServices;
        _settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Velvena"] = $"Data Source={DatabasePath}",
            ["Hangfire:Storage"] = "InMemory",
            ["Hangfire:WorkerCount"] = "2",
            ["Hangfire:SyncWorkerCount"] = "2",
            ["Auth:Jwt:SigningKey"] = SigningKey,
            ["Auth:Jwt:Issuer"] = Issuer,
            ["Auth:Jwt:Audience"] = Audience,
            ["ENCRYPTION_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["CALENDLY_CLIENT_ID"] = "test-client",
            ["CALENDLY_CLIENT_SECRET"] = "test-client-secret",
            ["CALENDLY_REDIRECT_URI"] = "http://localhost/auth/calendly/callback",
            ["CALENDLY_WEBHOOK_SIGNING_KEY"] = "test-webhook-signing-key",
            ["CALENDLY_AUTH_BASE_URL"] = "http://127.0.0.1:9",
            ["CALENDLY_API_BASE_URL"] = "http://127.0.0.1:9",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string Environment { get; }

    public string DatabasePath { get; }

    public string SigningKey { get; }

    public HttpClient CreateClientFor(Guid organizationId, bool admin = true, string? userId = null, string? organizationName = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(organizationId, admin, userId, organizationName));
        return client;
    }

    public string TokenFor(Guid organizationId, bool admin = true, string? userId = null, string? organizationName = null)
    {
        var issuer = new DevelopmentTokenIssuer(new JwtOptions { SigningKey = SigningKey, Issuer = Issuer, Audience = Audience }, TimeProvider.System);
        return issuer.Issue(new DevelopmentTokenRequest(userId ?? $"user-{organizationId:N}", organizationId, organizationName, admin)).AccessToken;
    }

    /// <summary>Runs <paramref name="work"/> against the application's own database context.</summary>
    public async Task WithDbAsync(Func<IAppDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<IAppDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_configureServices is not null)
        {
            builder.ConfigureServices(_configureServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(DatabasePath + suffix);
            }
        }
    }
}
