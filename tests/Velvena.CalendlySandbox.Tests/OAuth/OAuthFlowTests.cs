using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Time.Testing;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.OAuth;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Tests.OAuth;

public sealed class OAuthFlowTests
{
    private const string RedirectUri = "http://localhost:5080/cb";
    private const string Verifier = "a-long-enough-code-verifier-for-pkce-0123456789abcdef";

    private FakeTimeProvider _clock = null!;
    private CalendlySandboxHost _sandbox = null!;
    private HttpClient _http = null!;
    private SandboxUser _user = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 8, 0, 0, TimeSpan.Zero));
        _sandbox = await CalendlySandboxHost.StartAsync(new SandboxOptions { TimeProvider = _clock, AccessTokenLifetime = TimeSpan.FromHours(2) });
        var organization = _sandbox.Seed.CreateOrganization();
        _user = _sandbox.Seed.CreateUser(new NewUser("Jeanne Martin", "jeanne@example.fr", organization.Uuid));
        _sandbox.Seed.CreateUser(new NewUser("Other User", "other@example.fr", organization.Uuid));
        _sandbox.Seed.CreateOAuthClient(new NewOAuthClient("app", "app-secret", [RedirectUri], AutoApprove: true));
        _sandbox.Seed.CreateOAuthClient(new NewOAuthClient("manual", "manual-secret", [RedirectUri]));
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_sandbox.BaseUrl + "/") };
    }

    [TearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _sandbox.DisposeAsync();
    }

    private async Task<string> AuthorizeAsync(string clientId = "app", string? loginHint = "jeanne@example.fr")
    {
        var url = QueryHelpers.AddQueryString("oauth/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["response_type"] = "code",
            ["redirect_uri"] = RedirectUri,
            ["state"] = "st4te",
            ["code_challenge"] = Pkce.ChallengeFor(Verifier),
            ["code_challenge_method"] = "S256",
            ["login_hint"] = loginHint,
        });
        using var response = await _http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);
        Assert.That(query["state"].ToString(), Is.EqualTo("st4te"));
        Assert.That(response.Headers.Location!.GetLeftPart(UriPartial.Path), Is.EqualTo(RedirectUri));
        return query["code"].ToString();
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> TokenAsync(Dictionary<string, string> form, string clientId = "app", string secret = "app-secret")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static Dictionary<string, string> CodeGrant(string code, string verifier = Verifier, string redirect = RedirectUri) => new()
    {
        ["grant_type"] = "authorization_code",
        ["code"] = code,
        ["redirect_uri"] = redirect,
        ["code_verifier"] = verifier,
    };

    private static Dictionary<string, string> RefreshGrant(string token) => new() { ["grant_type"] = "refresh_token", ["refresh_token"] = token };

    [Test]
    public async Task Code_exchange_returns_calendlys_token_shape()
    {
        var (status, body) = await TokenAsync(CodeGrant(await AuthorizeAsync()));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(body["token_type"]!.GetValue<string>(), Is.EqualTo("Bearer"));
            Assert.That(body["expires_in"]!.GetValue<long>(), Is.EqualTo(7200));
            Assert.That(body["created_at"]!.GetValue<long>(), Is.EqualTo(_clock.GetUtcNow().ToUnixTimeSeconds()));
            Assert.That(body["scope"]!.GetValue<string>(), Is.EqualTo("users:read scheduled_events:read webhooks:write"));
            Assert.That(body["owner"]!.GetValue<string>(), Is.EqualTo($"{_sandbox.BaseUrl}/users/{_user.Uuid}"));
            Assert.That(body["organization"]!.GetValue<string>(), Is.EqualTo($"{_sandbox.BaseUrl}/organizations/{_user.OrganizationUuid}"));
            Assert.That(body["access_token"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(body["refresh_token"]!.GetValue<string>(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task Consent_page_is_shown_without_auto_approve_and_approving_redirects_with_a_code()
    {
        using var page = await _http.GetAsync(new Uri($"oauth/authorize?client_id=manual&response_type=code&redirect_uri={Uri.EscapeDataString(RedirectUri)}&state=s", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("id=\"approve\""));

        using var approve = await _http.PostAsync(new Uri("oauth/authorize", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "manual", ["response_type"] = "code", ["redirect_uri"] = RedirectUri, ["state"] = "s",
            ["user"] = _user.Uuid.ToString(), ["decision"] = "approve",
        }));
        Assert.That(approve.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(approve.Headers.Location!.Query, Does.Contain("code=").And.Contain("state=s"));
    }

    [Test]
    public async Task A_code_is_single_use()
    {
        var code = await AuthorizeAsync();
        Assert.That((await TokenAsync(CodeGrant(code))).Status, Is.EqualTo(HttpStatusCode.OK));

        var (status, body) = await TokenAsync(CodeGrant(code));
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body["error"]!.GetValue<string>(), Is.EqualTo("invalid_grant"));
        Assert.That(body["error_description"], Is.Not.Null);
    }

    [Test]
    public async Task A_wrong_verifier_is_refused() =>
        await AssertInvalidGrant(CodeGrant(await AuthorizeAsync(), verifier: "not-the-verifier-used-for-the-challenge-000000"));

    [Test]
    public async Task A_wrong_redirect_uri_is_refused() =>
        await AssertInvalidGrant(CodeGrant(await AuthorizeAsync(), redirect: "http://localhost:5080/elsewhere"));

    [Test]
    public async Task A_code_expires_after_ten_minutes()
    {
        var code = await AuthorizeAsync();
        _clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        await AssertInvalidGrant(CodeGrant(code));
    }

    [Test]
    public async Task A_bad_client_gets_401_invalid_client()
    {
        var (status, body) = await TokenAsync(CodeGrant(await AuthorizeAsync()), secret: "wrong");
        Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(body["error"]!.GetValue<string>(), Is.EqualTo("invalid_client"));
    }

    [Test]
    public async Task Refresh_tokens_rotate_and_a_used_one_is_dead()
    {
        var (_, first) = await TokenAsync(CodeGrant(await AuthorizeAsync()));
        var oldRefresh = first["refresh_token"]!.GetValue<string>();

        var (status, second) = await TokenAsync(RefreshGrant(oldRefresh));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second["refresh_token"]!.GetValue<string>(), Is.Not.EqualTo(oldRefresh));
        Assert.That(second["access_token"]!.GetValue<string>(), Is.Not.EqualTo(first["access_token"]!.GetValue<string>()));

        await AssertInvalidGrant(RefreshGrant(oldRefresh));
        Assert.That((await TokenAsync(RefreshGrant(second["refresh_token"]!.GetValue<string>()))).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Access_tokens_expire_and_revoked_tokens_are_refused()
    {
        var (_, tokens) = await TokenAsync(CodeGrant(await AuthorizeAsync()));
        using var api = new HttpClient { BaseAddress = new Uri(_sandbox.BaseUrl + "/") };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens["access_token"]!.GetValue<string>());
        Assert.That((await api.GetAsync(new Uri("users/me", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        _clock.Advance(TimeSpan.FromHours(2));
        using var expired = await api.GetAsync(new Uri("users/me", UriKind.Relative));
        Assert.That(expired.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await expired.Content.ReadAsStringAsync(), Is.EqualTo("""{"title":"Unauthenticated","message":"The access token is invalid"}"""));

        var (_, refreshed) = await TokenAsync(RefreshGrant(tokens["refresh_token"]!.GetValue<string>()));
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed["access_token"]!.GetValue<string>());
        Assert.That((await api.GetAsync(new Uri("users/me", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var badRevoke = await _http.PostAsync(new Uri("oauth/revoke", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "app", ["client_secret"] = "nope", ["token"] = refreshed["access_token"]!.GetValue<string>(),
        }));
        Assert.That(badRevoke.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(JsonNode.Parse(await badRevoke.Content.ReadAsStringAsync())!["error"]!.GetValue<string>(), Is.EqualTo("invalid_client"));

        using var revoke = await _http.PostAsync(new Uri("oauth/revoke", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "app", ["client_secret"] = "app-secret", ["token"] = refreshed["access_token"]!.GetValue<string>(),
        }));
        Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await api.GetAsync(new Uri("users/me", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task At_most_eight_token_requests_per_user_per_minute()
    {
        var (_, tokens) = await TokenAsync(CodeGrant(await AuthorizeAsync()));
        var refresh = tokens["refresh_token"]!.GetValue<string>();
        for (var i = 0; i < 7; i++)
        {
            var (status, body) = await TokenAsync(RefreshGrant(refresh));
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), $"request {i + 2}");
            refresh = body["refresh_token"]!.GetValue<string>();
        }

        var (limited, _) = await TokenAsync(RefreshGrant(refresh));
        Assert.That(limited, Is.EqualTo(HttpStatusCode.TooManyRequests));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That((await TokenAsync(RefreshGrant(refresh))).Status, Is.EqualTo(HttpStatusCode.OK), "a throttled refresh token stays usable");
    }

    [Test]
    public async Task Counts_every_token_request_by_grant_type_whatever_its_outcome()
    {
        var (_, tokens) = await TokenAsync(CodeGrant(await AuthorizeAsync()));
        var refresh = tokens["refresh_token"]!.GetValue<string>();
        await TokenAsync(RefreshGrant(refresh));
        await AssertInvalidGrant(RefreshGrant(refresh));
        await TokenAsync(RefreshGrant("unknown"), secret: "wrong-secret");

        Assert.Multiple(() =>
        {
            Assert.That(_sandbox.Tokens.TokenRequestCount("authorization_code"), Is.EqualTo(1));
            Assert.That(_sandbox.Tokens.TokenRequestCount("refresh_token"), Is.EqualTo(3), "refused and unauthenticated requests count too");
            Assert.That(_sandbox.Tokens.TokenRequestCount("client_credentials"), Is.Zero);
        });
    }

    private async Task AssertInvalidGrant(Dictionary<string, string> form)
    {
        var (status, body) = await TokenAsync(form);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body["error"]!.GetValue<string>(), Is.EqualTo("invalid_grant"));
    }
}
