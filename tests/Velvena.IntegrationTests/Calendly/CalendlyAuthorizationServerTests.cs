using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.WebUtilities;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Models;
using Velvena.CalendlySandbox.Faults;
using Velvena.IntegrationTests.Calendly.Support;

namespace Velvena.IntegrationTests.Calendly;

[TestFixture]
public sealed class CalendlyAuthorizationServerTests
{
    private CalendlyClientHarness _harness = null!;

    [SetUp]
    public async Task StartSandbox() => _harness = await CalendlyClientHarness.StartAsync();

    [TearDown]
    public async Task StopSandbox() => await _harness.DisposeAsync();

    [Test]
    public void Authorization_url_carries_client_redirect_state_and_S256_challenge()
    {
        var url = _harness.AuthorizationServer.BuildAuthorizationUrl("state-123", "challenge-abc");

        var query = QueryHelpers.ParseQuery(url.Query);
        Assert.Multiple(() =>
        {
            Assert.That(url.GetLeftPart(UriPartial.Path), Is.EqualTo(_harness.Sandbox.BaseUrl + "/oauth/authorize"));
            Assert.That(query["client_id"].ToString(), Is.EqualTo(_harness.Client.ClientId));
            Assert.That(query["response_type"].ToString(), Is.EqualTo("code"));
            Assert.That(query["redirect_uri"].ToString(), Is.EqualTo(CalendlyClientHarness.RedirectUri));
            Assert.That(query["state"].ToString(), Is.EqualTo("state-123"));
            Assert.That(query["code_challenge"].ToString(), Is.EqualTo("challenge-abc"));
            Assert.That(query["code_challenge_method"].ToString(), Is.EqualTo("S256"));
            Assert.That(query.ContainsKey("scope"), Is.False);
        });
    }

    [Test]
    public async Task Code_exchange_with_pkce_returns_a_grant_for_the_owner_and_organization()
    {
        var before = DateTime.UtcNow.AddSeconds(-5);
        var grant = await ConnectAsync();

        Assert.Multiple(() =>
        {
            Assert.That(grant.AccessToken, Is.Not.Empty);
            Assert.That(grant.RefreshToken, Is.Not.Empty);
            Assert.That(grant.OwnerUri, Is.EqualTo(_harness.OwnerUri));
            Assert.That(grant.OrganizationUri, Is.EqualTo(_harness.OrganizationUri));
            Assert.That(grant.Scope, Does.Contain("scheduled_events:read"));
            Assert.That(grant.ExpiresAtUtc, Is.InRange(before.AddHours(2), DateTime.UtcNow.AddHours(2).AddSeconds(5)));
            Assert.That(grant.ToString(), Does.Not.Contain(grant.AccessToken).And.Not.Contain(grant.RefreshToken));
        });
        var user = await _harness.Gateway.GetCurrentUserAsync(grant.AccessToken, CancellationToken.None);
        Assert.That(user.Uri, Is.EqualTo(_harness.OwnerUri));
    }

    [Test]
    public async Task Code_exchange_with_a_wrong_verifier_is_rejected()
    {
        var verifier = Pkce.NewVerifier();
        var (code, _) = await AuthorizeBrowser.AuthorizeAsync(_harness.AuthorizationServer.BuildAuthorizationUrl("s", Pkce.Challenge(verifier)));

        var rejected = Assert.ThrowsAsync<CalendlyGrantRejectedException>(() =>
            _harness.AuthorizationServer.ExchangeCodeAsync(code, Pkce.NewVerifier(), CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(rejected!.StatusCode, Is.EqualTo(400));
            Assert.That(rejected.Message, Does.Contain("invalid_grant").And.Not.Contain(code));
        });
    }

    [Test]
    public async Task A_used_code_is_rejected()
    {
        var verifier = Pkce.NewVerifier();
        var (code, _) = await AuthorizeBrowser.AuthorizeAsync(_harness.AuthorizationServer.BuildAuthorizationUrl("s", Pkce.Challenge(verifier)));
        await _harness.AuthorizationServer.ExchangeCodeAsync(code, verifier, CancellationToken.None);

        Assert.ThrowsAsync<CalendlyGrantRejectedException>(() => _harness.AuthorizationServer.ExchangeCodeAsync(code, verifier, CancellationToken.None));
    }

    [Test]
    public async Task Refresh_rotates_the_pair()
    {
        var grant = await ConnectAsync();

        var refreshed = await _harness.AuthorizationServer.RefreshAsync(grant.RefreshToken, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(refreshed.AccessToken, Is.Not.EqualTo(grant.AccessToken));
            Assert.That(refreshed.RefreshToken, Is.Not.EqualTo(grant.RefreshToken));
            Assert.That(refreshed.OrganizationUri, Is.EqualTo(grant.OrganizationUri));
            Assert.That(_harness.Sandbox.Tokens.IsRefreshTokenAlive(grant.RefreshToken), Is.False);
        });
        var user = await _harness.Gateway.GetCurrentUserAsync(refreshed.AccessToken, CancellationToken.None);
        Assert.That(user.Uri, Is.EqualTo(_harness.OwnerUri));
    }

    [Test]
    public async Task Reusing_a_spent_refresh_token_is_rejected()
    {
        var grant = await ConnectAsync();
        await _harness.AuthorizationServer.RefreshAsync(grant.RefreshToken, CancellationToken.None);

        var rejected = Assert.ThrowsAsync<CalendlyGrantRejectedException>(() =>
            _harness.AuthorizationServer.RefreshAsync(grant.RefreshToken, CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(rejected!.IsTransient, Is.False);
            Assert.That(rejected.Message, Does.Contain("invalid_grant").And.Not.Contain(grant.RefreshToken));
        });
    }

    [Test]
    public async Task A_wrong_client_secret_is_rejected_without_echoing_it()
    {
        var grant = await ConnectAsync();
        var options = _harness.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Velvena.Infrastructure.Calendly.CalendlyOptions>>().Value;
        options.ClientSecret = "not-the-secret-4b1e";

        var rejected = Assert.ThrowsAsync<CalendlyGrantRejectedException>(() =>
            _harness.AuthorizationServer.RefreshAsync(grant.RefreshToken, CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(rejected!.StatusCode, Is.EqualTo(401));
            Assert.That(rejected.Message, Does.Contain("invalid_client").And.Not.Contain("not-the-secret-4b1e"));
            Assert.That(_harness.Sandbox.Tokens.IsRefreshTokenAlive(grant.RefreshToken), Is.True);
        });
    }

    [Test]
    public async Task Revoked_access_token_is_refused_by_the_api()
    {
        var grant = await ConnectAsync();

        await _harness.AuthorizationServer.RevokeAsync(grant.AccessToken, CancellationToken.None);

        Assert.ThrowsAsync<CalendlyUnauthorizedException>(() => _harness.Gateway.GetCurrentUserAsync(grant.AccessToken, CancellationToken.None));
    }

    [Test]
    public async Task A_refresh_that_meets_a_server_error_is_sent_once_and_never_retried()
    {
        var grant = await ConnectAsync();
        _harness.AuthRequests.Clear();
        _harness.Sandbox.Faults.Configure(new FaultSettings { ServerErrorShare = 1 });

        var unavailable = Assert.ThrowsAsync<CalendlyUnavailableException>(() =>
            _harness.AuthorizationServer.RefreshAsync(grant.RefreshToken, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(unavailable!.StatusCode, Is.EqualTo(500));
            Assert.That(_harness.AuthRequests.Count(HttpMethod.Post, "/oauth/token"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task An_unreachable_token_endpoint_is_unavailable_without_a_status()
    {
        var grant = await ConnectAsync();
        await _harness.Sandbox.StopAsync();

        var unavailable = Assert.ThrowsAsync<CalendlyUnavailableException>(() =>
            _harness.AuthorizationServer.RefreshAsync(grant.RefreshToken, CancellationToken.None));
        Assert.That(unavailable!.StatusCode, Is.Null);
    }

    private async Task<CalendlyTokenGrant> ConnectAsync()
    {
        var verifier = Pkce.NewVerifier();
        var url = _harness.AuthorizationServer.BuildAuthorizationUrl("state-xyz", Pkce.Challenge(verifier));
        var (code, state) = await AuthorizeBrowser.AuthorizeAsync(url);
        Assert.That(state, Is.EqualTo("state-xyz"));
        return await _harness.AuthorizationServer.ExchangeCodeAsync(code, verifier, CancellationToken.None);
    }
}
