using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Common.Interfaces;
using Velvena.IntegrationTests.Calendly.Support;

namespace Velvena.IntegrationTests.Calendly.Connect;

/// <summary>The connect flow end to end against the sandbox: state, PKCE, what is stored, the status, reconnecting.</summary>
public sealed class ConnectFlowTests
{
    private CalendlyConnectHarness _harness = null!;

    [SetUp]
    public async Task StartAsync() => _harness = await CalendlyConnectHarness.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task Connects_with_state_and_pkce_and_stores_the_connection_encrypted()
    {
        using var admin = _harness.Admin();
        var before = DateTime.UtcNow.AddSeconds(-1);
        var begun = await _harness.BeginAsync(admin);

        var query = QueryHelpers.ParseQuery(begun.AuthorizeUrl.Query);
        Assert.Multiple(() =>
        {
            Assert.That(begun.AuthorizeUrl.GetLeftPart(UriPartial.Path), Is.EqualTo(_harness.Sandbox.BaseUrl + "/oauth/authorize"));
            Assert.That(query["client_id"].ToString(), Is.EqualTo(CalendlyConnectHarness.ClientId));
            Assert.That(query["response_type"].ToString(), Is.EqualTo("code"));
            Assert.That(query["redirect_uri"].ToString(), Is.EqualTo(CalendlyConnectHarness.RedirectUri));
            Assert.That(query["state"].ToString(), Is.EqualTo(begun.State));
            Assert.That(query["code_challenge_method"].ToString(), Is.EqualTo("S256"));
            Assert.That(query["code_challenge"].ToString(), Has.Length.EqualTo(43), "base64url SHA-256");
            Assert.That(begun.State, Has.Length.GreaterThanOrEqualTo(43));
            Assert.That(begun.ExpiresAt, Is.EqualTo(DateTime.UtcNow.AddMinutes(10)).Within(TimeSpan.FromMinutes(1)));
        });

        var pending = (await _harness.ReadAuthorizationRequestsAsync()).Single();
        Assert.That(pending.StateHash, Is.Not.EqualTo(begun.State).And.Not.Contains(begun.State), "only a hash of the state is stored");

        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);
        Assert.That(state, Is.EqualTo(begun.State));
        using var response = await CalendlyConnectHarness.CallbackAsync(admin, new { code, state, organizationId = _harness.OrganizationId, redirectUri = CalendlyConnectHarness.RedirectUri });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var answer = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<CallbackAnswer>(response.Content);
        Assert.That(answer, Is.EqualTo(new CallbackAnswer(true, "Calendly account connected.", _harness.Owner.Email)));

        var connection = await _harness.ReadConnectionAsync();
        var tokens = await _harness.ReadStoredTokensAsync();
        Assert.Multiple(() =>
        {
            Assert.That(connection.OAuthConnected, Is.True);
            Assert.That(connection.Enabled, Is.True);
            Assert.That(connection.OAuthEmail, Is.EqualTo(_harness.Owner.Email));
            Assert.That(connection.OAuthUserUri, Is.EqualTo(_harness.OwnerUri));
            Assert.That(connection.OrganizationUri, Is.EqualTo(_harness.CalendlyOrganizationUri));
            Assert.That(connection.ConnectedBy, Is.EqualTo(_harness.AdminUserId));
            Assert.That(connection.ConnectedAtUtc, Is.GreaterThanOrEqualTo(before).And.LessThanOrEqualTo(DateTime.UtcNow));
            Assert.That(connection.OAuthExpiresAtUtc, Is.EqualTo(DateTime.UtcNow.AddHours(2)).Within(TimeSpan.FromMinutes(1)));
            Assert.That(connection.ReauthorizationRequired, Is.False);
            Assert.That(tokens.EncryptedAccess, Does.StartWith("v1.").And.Not.Contains(tokens.Access));
            Assert.That(tokens.EncryptedRefresh, Does.StartWith("v1.").And.Not.Contains(tokens.Refresh));
            Assert.That(_harness.Sandbox.Tokens.FindUsableAccessToken(tokens.Access), Is.Not.Null, "the stored access token is the one Calendly issued");
            Assert.That(_harness.Sandbox.Tokens.IsRefreshTokenAlive(tokens.Refresh), Is.True);
            Assert.That(_harness.CodeExchangeRequests, Is.EqualTo(1));
        });

        var status = await _harness.StatusAsync();
        Assert.Multiple(() =>
        {
            Assert.That(status.Connected, Is.True);
            Assert.That(status.Json.GetProperty("email").GetString(), Is.EqualTo(_harness.Owner.Email));
            Assert.That(status.Json.GetProperty("connectedAtUtc").GetDateTime(), Is.EqualTo(connection.ConnectedAtUtc!.Value).Within(TimeSpan.FromSeconds(1)));
            Assert.That(status.Json.GetProperty("tokenExpiresAtUtc").GetDateTime(), Is.EqualTo(connection.OAuthExpiresAtUtc!.Value).Within(TimeSpan.FromSeconds(1)));
            Assert.That(status.ReauthorizationRequired, Is.False);
            Assert.That(status.Text, Does.Not.Contain(tokens.Access).And.Not.Contain(tokens.Refresh).And.Not.Contain(tokens.EncryptedAccess).And.Not.Contain(tokens.EncryptedRefresh));
            Assert.That(status.Text, Does.Not.Contain("token\"").IgnoreCase.And.Not.Contain("accessToken").IgnoreCase);
        });
    }

    [Test]
    public async Task The_sandbox_checks_the_pkce_verifier_a_tampered_stored_verifier_is_refused()
    {
        using var admin = _harness.Admin();
        var begun = await _harness.BeginAsync(admin);
        await _harness.UpdateAuthorizationRequestAsync(begun.State, (entry, services) =>
            entry.Property(r => r.EncryptedCodeVerifier).CurrentValue = services.GetRequiredService<ITokenProtector>()
                .Protect("a-different-verifier-that-does-not-match-the-challenge-000", _harness.OrganizationId, TokenKind.CodeVerifier));
        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);

        using var response = await CalendlyConnectHarness.CallbackAsync(admin, new { code, state });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("invalid_grant"));
        Assert.That((await _harness.ReadConnectionAsync()).OAuthConnected, Is.False, "nothing stored");
        Assert.That(_harness.CodeExchangeRequests, Is.EqualTo(1), "the exchange reached Calendly, which refused the verifier");
    }

    [Test]
    public async Task The_browser_callback_page_completes_the_flow_without_a_bearer_token()
    {
        using var admin = _harness.Admin();
        var begun = await _harness.BeginAsync(admin);
        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);

        using var browser = _harness.Api.CreateClient();
        var url = QueryHelpers.AddQueryString("/auth/calendly/callback", new Dictionary<string, string?> { ["code"] = code, ["state"] = state });
        using var page = await browser.GetAsync(new Uri(url, UriKind.Relative));

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain(_harness.Owner.Email).And.Not.Contain(code).And.Not.Contain(state));
        Assert.That((await _harness.ReadConnectionAsync()).ConnectedBy, Is.EqualTo(_harness.AdminUserId), "the state says who started the flow");

        using var replay = await browser.GetAsync(new Uri(url, UriKind.Relative));
        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await replay.Content.ReadAsStringAsync(), Does.Contain("already used"));
    }

    [Test]
    public async Task The_browser_callback_page_explains_a_declined_consent_and_an_incomplete_link()
    {
        using var browser = _harness.Api.CreateClient();
        using var declined = await browser.GetAsync(new Uri("/auth/calendly/callback?error=access_denied&state=x", UriKind.Relative));
        using var incomplete = await browser.GetAsync(new Uri("/auth/calendly/callback", UriKind.Relative));

        Assert.That(declined.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await declined.Content.ReadAsStringAsync(), Does.Contain("declined"));
        Assert.That(incomplete.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await incomplete.Content.ReadAsStringAsync(), Does.Contain("incomplete"));
    }

    [Test]
    public async Task Reconnecting_replaces_the_tokens_and_revokes_the_old_refresh_token()
    {
        await _harness.ConnectAsync();
        var first = await _harness.ReadStoredTokensAsync();

        await _harness.ConnectAsync();
        var second = await _harness.ReadStoredTokensAsync();

        Assert.Multiple(() =>
        {
            Assert.That(second.Access, Is.Not.EqualTo(first.Access));
            Assert.That(second.Refresh, Is.Not.EqualTo(first.Refresh));
            Assert.That(_harness.Sandbox.Tokens.IsRefreshTokenAlive(first.Refresh), Is.False, "the replaced refresh token is revoked at Calendly");
            Assert.That(_harness.Sandbox.Tokens.FindUsableAccessToken(first.Access), Is.Null, "revoking the refresh token revokes its grant");
            Assert.That(_harness.Sandbox.Tokens.IsRefreshTokenAlive(second.Refresh), Is.True);
        });
    }
}
