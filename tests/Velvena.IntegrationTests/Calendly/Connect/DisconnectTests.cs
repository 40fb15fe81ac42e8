using System.Net;
using Velvena.CalendlySandbox.Faults;
using Velvena.Domain.Prospects;
using Velvena.IntegrationTests.Calendly.Support;

namespace Velvena.IntegrationTests.Calendly.Connect;

public sealed class DisconnectTests
{
    private CalendlyConnectHarness _harness = null!;

    [SetUp]
    public async Task StartAsync() => _harness = await CalendlyConnectHarness.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task Disconnecting_revokes_at_calendly_erases_both_tokens_keeps_prospects_and_is_idempotent()
    {
        await _harness.ConnectAsync();
        var tokens = await _harness.ReadStoredTokensAsync();
        var prospectCount = await AddProspectAsync();
        using var admin = _harness.Admin();

        using var first = await admin.DeleteAsync(new Uri("/auth/calendly", UriKind.Relative));
        using var second = await admin.DeleteAsync(new Uri("/auth/calendly", UriKind.Relative));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var connection = await _harness.ReadConnectionAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(_harness.Sandbox.Tokens.IsRefreshTokenAlive(tokens.Refresh), Is.False, "revoked at Calendly");
            Assert.That(_harness.Sandbox.Tokens.FindUsableAccessToken(tokens.Access), Is.Null);
            Assert.That(connection.EncryptedAccessToken, Is.Null);
            Assert.That(connection.EncryptedRefreshToken, Is.Null);
            Assert.That(connection.OAuthConnected, Is.False);
            Assert.That(connection.DisconnectedAtUtc, Is.Not.Null);
            Assert.That(await CountProspectsAsync(), Is.EqualTo(prospectCount), "prospects stay");
            var status = await _harness.StatusAsync();
            Assert.That(status.Connected, Is.False);
            Assert.That(status.RemoteRevocationFailed, Is.False);
        });
    }

    [Test]
    public async Task Disconnecting_while_calendly_fails_still_erases_the_tokens_and_says_so()
    {
        await _harness.ConnectAsync();
        var tokens = await _harness.ReadStoredTokensAsync();
        _harness.Sandbox.Faults.Configure(new FaultSettings { ServerErrorShare = 1 });
        using var admin = _harness.Admin();

        using var response = await admin.DeleteAsync(new Uri("/auth/calendly", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var connection = await _harness.ReadConnectionAsync();
        Assert.That(connection.EncryptedAccessToken, Is.Null);
        Assert.That(connection.EncryptedRefreshToken, Is.Null);
        var status = await _harness.StatusAsync();
        Assert.That(status.Connected, Is.False);
        Assert.That(status.RemoteRevocationFailed, Is.True);
        Assert.That(_harness.Sandbox.Tokens.IsRefreshTokenAlive(tokens.Refresh), Is.True, "Calendly never heard of it");

        _harness.Sandbox.Faults.Reset();
        await _harness.ConnectAsync();
        Assert.That((await _harness.StatusAsync()).RemoteRevocationFailed, Is.False, "a new connect clears the flag");
    }

    [Test]
    public async Task Disconnecting_while_calendly_is_unreachable_still_erases_the_tokens()
    {
        await _harness.ConnectAsync();
        await _harness.Sandbox.StopAsync();
        using var admin = _harness.Admin();

        using var response = await admin.DeleteAsync(new Uri("/auth/calendly", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await _harness.ReadConnectionAsync()).EncryptedRefreshToken, Is.Null);
        Assert.That((await _harness.StatusAsync()).RemoteRevocationFailed, Is.True);
    }

    [Test]
    public async Task Disconnecting_what_was_never_connected_is_a_no_op()
    {
        using var admin = _harness.Admin();
        using var response = await admin.DeleteAsync(new Uri("/auth/calendly", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await _harness.StatusAsync()).Connected, Is.False);
    }

    private async Task<int> AddProspectAsync()
    {
        await _harness.Api.WithDbAsync(async db =>
        {
            db.Prospects.Add(TestProspect());
            await db.SaveChangesAsync();
        });
        return await CountProspectsAsync();
    }

    private Prospect TestProspect() => Persistence.TestData.Prospect(_harness.OrganizationId);

    private async Task<int> CountProspectsAsync()
    {
        var count = 0;
        await _harness.Api.WithDbAsync(async db => count = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Prospects, p => p.OrganizationId == _harness.OrganizationId));
        return count;
    }
}
