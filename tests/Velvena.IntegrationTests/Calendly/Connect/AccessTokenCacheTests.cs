using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Models;
using Velvena.Application.Calendly.Ports;
using Velvena.IntegrationTests.Calendly.Support;
using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Calendly.Connect;

/// <summary>
/// The in-process access-token cache, seen from outside: how often an API instance reads and decrypts the stored
/// connection (metered on a second instance sharing the database, so its cache starts cold), and which token reaches
/// the sandbox after a 401, a disconnect, a reconnect and near expiry.
/// </summary>
public sealed class AccessTokenCacheTests
{
    private const string UsersMe = "/users/me";

    private CalendlyConnectHarness _harness = null!;
    private ConnectionLoadMeter _meter = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _harness = await CalendlyConnectHarness.StartAsync();
        _meter = new ConnectionLoadMeter(_harness.OrganizationId);
    }

    [TearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task A_sync_sized_run_of_51_calls_reads_and_decrypts_the_connection_once()
    {
        await _harness.ConnectAsync();
        var api = CreateMeteredApi();
        _harness.Sandbox.Requests.Clear();

        await using (var scope = api.Services.CreateAsyncScope())
        {
            var gateway = scope.ServiceProvider.GetRequiredService<ICalendlyGateway>();
            for (var call = 0; call < 51; call++)
            {
                Assert.That((await gateway.GetCurrentUserAsync(_harness.OrganizationId, CancellationToken.None)).Email, Is.EqualTo(_harness.Owner.Email));
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(_harness.Sandbox.Requests.Count(r => r.Path == UsersMe && r.StatusCode == (int)HttpStatusCode.OK), Is.EqualTo(51));
            Assert.That(_meter.Reads, Is.EqualTo(1), "one query for the connection");
            Assert.That(_meter.AccessTokenDecryptions, Is.EqualTo(1), "one AES-GCM decryption");
            Assert.That(_harness.RefreshRequests, Is.Zero);
        });
    }

    [Test]
    public async Task After_calendly_rejects_the_cached_token_the_refreshed_token_is_used_and_cached()
    {
        await _harness.ConnectAsync();
        var api = CreateMeteredApi();
        await CallAsync(api);
        var rejected = await _harness.ReadStoredTokensAsync();
        _harness.Sandbox.Tokens.Revoke(CalendlyConnectHarness.ClientId, rejected.Access);
        _harness.Sandbox.Requests.Clear();

        await CallAsync(api);
        var refreshed = await _harness.ReadStoredTokensAsync();
        var readsAfterRefresh = _meter.Reads;
        for (var call = 0; call < 10; call++)
        {
            await CallAsync(api);
        }

        Assert.Multiple(() =>
        {
            Assert.That(UsersMeStatuses(), Is.EqualTo(Enumerable.Repeat(200, 11).Prepend(401)), "one 401 with the cached token, then the refreshed one");
            Assert.That(_harness.RefreshRequests, Is.EqualTo(1));
            Assert.That(refreshed.Access, Is.Not.EqualTo(rejected.Access));
            Assert.That(_harness.Sandbox.Tokens.FindUsableAccessToken(refreshed.Access), Is.Not.Null);
            Assert.That(_meter.Reads, Is.EqualTo(readsAfterRefresh), "the refreshed token is served from the cache");
        });
    }

    [Test]
    public async Task After_disconnecting_no_cached_token_is_served()
    {
        await _harness.ConnectAsync();
        await CallAsync(_harness.Api);
        using (var admin = _harness.Admin())
        using (var response = await admin.DeleteAsync(new Uri("/auth/calendly", UriKind.Relative)))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        _harness.Sandbox.Requests.Clear();

        Assert.ThrowsAsync<CalendlyReauthorizationRequiredException>(() => CallAsync(_harness.Api));
        Assert.That(_harness.Sandbox.Requests.Count(), Is.Zero, "the call stops here: no request goes out with the old token");
    }

    [Test]
    public async Task After_reconnecting_the_new_token_is_used_without_a_401()
    {
        await _harness.ConnectAsync();
        await CallAsync(_harness.Api);
        var previous = await _harness.ReadStoredTokensAsync();
        _harness.Sandbox.Requests.Clear();

        await _harness.ConnectAsync();
        await CallAsync(_harness.Api);

        var current = await _harness.ReadStoredTokensAsync();
        Assert.Multiple(() =>
        {
            Assert.That(current.Access, Is.Not.EqualTo(previous.Access));
            Assert.That(_harness.Sandbox.Tokens.FindUsableAccessToken(previous.Access), Is.Null, "the replaced grant is revoked at Calendly");
            Assert.That(_harness.Sandbox.Requests.Count(r => r.StatusCode == (int)HttpStatusCode.Unauthorized), Is.Zero, "nothing went out with the replaced token");
        });
    }

    [Test]
    public async Task A_cached_token_is_served_until_the_refresh_margin_before_its_expiry_then_refreshed()
    {
        await _harness.ConnectAsync();
        var expiresAtUtc = (await _harness.ReadConnectionAsync()).OAuthExpiresAtUtc!.Value;
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var api = CreateMeteredApi(clock, cacheDuration: TimeSpan.FromHours(3));
        await CallAsync(api);

        clock.SetUtcNow(new DateTimeOffset(expiresAtUtc, TimeSpan.Zero) - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        await CallAsync(api);
        Assert.That(_meter.Reads, Is.EqualTo(1), "one second before the refresh margin, still served from the cache");
        Assert.That(_harness.RefreshRequests, Is.Zero);

        clock.Advance(TimeSpan.FromSeconds(2));
        var before = await _harness.ReadStoredTokensAsync();
        await CallAsync(api);

        Assert.That(_harness.RefreshRequests, Is.EqualTo(1), "inside the margin the token source refreshes");
        Assert.That((await _harness.ReadStoredTokensAsync()).Access, Is.Not.EqualTo(before.Access));
    }

    [Test]
    public async Task A_cached_token_is_read_again_once_the_cache_duration_has_passed()
    {
        await _harness.ConnectAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var api = CreateMeteredApi(clock, cacheDuration: TimeSpan.FromMinutes(1));
        await CallAsync(api);

        clock.Advance(TimeSpan.FromSeconds(59));
        await CallAsync(api);
        Assert.That(_meter.Reads, Is.EqualTo(1));

        clock.Advance(TimeSpan.FromSeconds(1));
        await CallAsync(api);
        Assert.That(_meter.Reads, Is.EqualTo(2), "another instance's disconnect or reconnect is seen within the cache duration");
        Assert.That(_harness.RefreshRequests, Is.Zero);
    }

    [Test]
    public async Task Twenty_parallel_callers_on_a_cold_cache_and_an_expired_token_refresh_once_then_share_the_cached_token()
    {
        await _harness.ConnectAsync();
        await _harness.ExpireStoredAccessTokenAsync();
        var api = CreateMeteredApi();

        var first = await CallInParallelAsync(api, 20);
        var readsAfterRefresh = _meter.Reads;
        var second = await CallInParallelAsync(api, 20);

        Assert.Multiple(async () =>
        {
            Assert.That(first.Concat(second).Select(u => u.Email), Is.All.EqualTo(_harness.Owner.Email));
            Assert.That(_harness.RefreshRequests, Is.EqualTo(1), "single flight on a cold cache");
            Assert.That(_meter.Reads, Is.EqualTo(readsAfterRefresh), "the next twenty are served from the cache");
            Assert.That((await _harness.ReadConnectionAsync()).RefreshLeaseId, Is.Null);
        });
        await _harness.RememberStoredTokensAsync();
    }

    /// <summary>Another API instance on the same database, metered by <see cref="_meter"/>, optionally on a fake clock.</summary>
    private VelvenaApiFactory CreateMeteredApi(TimeProvider? clock = null, TimeSpan? cacheDuration = null)
    {
        var settings = new Dictionary<string, string?>();
        if (cacheDuration is { } duration)
        {
            settings["Calendly:Tokens:AccessTokenCacheDuration"] = duration.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        }

        return _harness.CreateApi(settings, services =>
        {
            _meter.Install(services);
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
        });
    }

    private int[] UsersMeStatuses() => [.. _harness.Sandbox.Requests.Entries.Where(r => r.Path == UsersMe).Select(r => r.StatusCode)];

    private async Task<CalendlyUser> CallAsync(VelvenaApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICalendlyGateway>().GetCurrentUserAsync(_harness.OrganizationId, CancellationToken.None);
    }

    private async Task<CalendlyUser[]> CallInParallelAsync(VelvenaApiFactory api, int callers) =>
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(() => CallAsync(api))));
}
