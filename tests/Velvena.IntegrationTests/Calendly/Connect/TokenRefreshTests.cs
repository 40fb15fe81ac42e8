using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Ports;
using Velvena.IntegrationTests.Calendly.Support;
using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Calendly.Connect;

/// <summary>Single-flight refresh across threads and processes, revoked access, key rotation.</summary>
public sealed class TokenRefreshTests
{
    private CalendlyConnectHarness _harness = null!;

    [SetUp]
    public async Task StartAsync() => _harness = await CalendlyConnectHarness.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task Twenty_concurrent_calls_on_an_expired_token_share_one_refresh()
    {
        await _harness.ConnectAsync();
        var before = await _harness.ReadStoredTokensAsync();
        await _harness.ExpireStoredAccessTokenAsync();

        var users = await CallConcurrentlyAsync(_harness.Api, 20);

        Assert.Multiple(async () =>
        {
            Assert.That(users.Select(u => u.Email), Is.All.EqualTo(_harness.Owner.Email), "all 20 succeed");
            Assert.That(_harness.RefreshRequests, Is.EqualTo(1), "exactly one refresh reached Calendly");
            var connection = await _harness.ReadConnectionAsync();
            Assert.That(connection.ReauthorizationRequired, Is.False);
            Assert.That(connection.RefreshLeaseId, Is.Null, "the lease is released");
            Assert.That(connection.OAuthExpiresAtUtc, Is.GreaterThan(DateTime.UtcNow.AddHours(1)));
        });
        var after = await _harness.ReadStoredTokensAsync();
        Assert.That(after.Refresh, Is.Not.EqualTo(before.Refresh));
        Assert.That(_harness.Sandbox.Tokens.IsRefreshTokenAlive(after.Refresh), Is.True);
    }

    [Test]
    public async Task Two_processes_sharing_the_database_refresh_once()
    {
        await _harness.ConnectAsync();
        var second = _harness.CreateApi();
        await _harness.ExpireStoredAccessTokenAsync();

        var both = await Task.WhenAll(CallConcurrentlyAsync(_harness.Api, 10), CallConcurrentlyAsync(second, 10));

        Assert.That(both.SelectMany(u => u).Count(u => u.Email == _harness.Owner.Email), Is.EqualTo(20));
        Assert.That(_harness.RefreshRequests, Is.EqualTo(1), "the lease on the connection row lets one process refresh");
        Assert.That((await _harness.ReadConnectionAsync()).ReauthorizationRequired, Is.False);
        await _harness.RememberStoredTokensAsync();
    }

    [Test]
    public async Task A_revoked_refresh_token_requires_reauthorization_without_a_retry_storm_and_a_new_connect_clears_it()
    {
        await _harness.ConnectAsync();
        var tokens = await _harness.ReadStoredTokensAsync();
        _harness.Sandbox.Tokens.Revoke(CalendlyConnectHarness.ClientId, tokens.Refresh);
        await _harness.ExpireStoredAccessTokenAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var scope = _harness.Api.Services.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<ICalendlyGateway>().GetCurrentUserAsync(_harness.OrganizationId, CancellationToken.None);
                return null;
            }
            catch (Exception ex)
            {
                return ex;
            }
        }));

        Assert.That(outcomes, Is.All.InstanceOf<CalendlyReauthorizationRequiredException>());
        Assert.That(_harness.RefreshRequests, Is.EqualTo(1), "one refresh attempt, however many callers");

        var status = await _harness.StatusAsync();
        Assert.That(status.ReauthorizationRequired, Is.True);
        Assert.That(status.ReauthorizationReason, Does.Contain("revoked").And.Contain("Reconnect"));

        // Later callers do not try again either.
        Assert.ThrowsAsync<CalendlyReauthorizationRequiredException>(() => CallConcurrentlyAsync(_harness.Api, 3));
        Assert.That(_harness.RefreshRequests, Is.EqualTo(1));

        await _harness.ConnectAsync();
        var cleared = await _harness.StatusAsync();
        Assert.That(cleared.ReauthorizationRequired, Is.False);
        Assert.That(cleared.ReauthorizationReason, Is.Null);
        Assert.That((await CallConcurrentlyAsync(_harness.Api, 1)).Single().Email, Is.EqualTo(_harness.Owner.Email));
    }

    [Test]
    public async Task After_key_rotation_the_connection_still_works_and_the_next_refresh_rewrites_it_under_the_new_key()
    {
        await _harness.ConnectAsync();
        var underFirstKey = await _harness.ReadConnectionAsync();
        Assert.That(underFirstKey.EncryptedRefreshToken, Does.StartWith("v1.default."), "ENCRYPTION_KEY joins the ring as key id 'default'");

        // Restart: ENCRYPTION_KEY stays configured (to read what it wrote), key k2 becomes active.
        var rotated = _harness.CreateApi(new Dictionary<string, string?>
        {
            ["Encryption:Keys:k2"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Encryption:ActiveKeyId"] = "k2",
        });

        var user = (await CallConcurrentlyAsync(rotated, 1)).Single();
        Assert.That(user.Email, Is.EqualTo(_harness.Owner.Email), "the old ciphertexts still decrypt");
        Assert.That((await _harness.ReadConnectionAsync(rotated)).EncryptedAccessToken, Does.StartWith("v1.default."), "no refresh yet, nothing rewritten");

        await _harness.ExpireStoredAccessTokenAsync();
        await CallConcurrentlyAsync(rotated, 1);

        var rewritten = await _harness.ReadConnectionAsync(rotated);
        Assert.That(rewritten.EncryptedAccessToken, Does.StartWith("v1.k2."));
        Assert.That(rewritten.EncryptedRefreshToken, Does.StartWith("v1.k2."));
        var tokens = await _harness.ReadStoredTokensAsync(rotated);
        Assert.That(_harness.Sandbox.Tokens.IsRefreshTokenAlive(tokens.Refresh), Is.True);
    }

    /// <summary>Calls Calendly through the gateway from <paramref name="callers"/> separate scopes at once.</summary>
    private async Task<Application.Calendly.Models.CalendlyUser[]> CallConcurrentlyAsync(VelvenaApiFactory api, int callers) =>
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            await using var scope = api.Services.CreateAsyncScope();
            var gateway = scope.ServiceProvider.GetRequiredService<ICalendlyGateway>();
            return await gateway.GetCurrentUserAsync(_harness.OrganizationId, CancellationToken.None);
        })));
}
