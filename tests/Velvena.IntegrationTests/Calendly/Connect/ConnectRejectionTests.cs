using System.Net;
using System.Text.Json;
using Velvena.CalendlySandbox.Faults;
using Velvena.IntegrationTests.Calendly.Support;
using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Calendly.Connect;

/// <summary>Every way a callback can be wrong: the right status, an explanation, and nothing stored.</summary>
public sealed class ConnectRejectionTests
{
    private static readonly string[] ExpectedInvalidFields = ["code", "state", "redirectUri"];

    private CalendlyConnectHarness _harness = null!;

    [SetUp]
    public async Task StartAsync() => _harness = await CalendlyConnectHarness.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task A_tampered_state_is_refused_and_nothing_is_stored()
    {
        using var admin = _harness.Admin();
        var begun = await _harness.BeginAsync(admin);
        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);

        var tampered = (state[0] == 'A' ? "B" : "A") + state[1..];
        await AssertRefusedAsync(admin, new { code, state = tampered }, HttpStatusCode.BadRequest, "state", "unknown");
        Assert.That(_harness.CodeExchangeRequests, Is.Zero, "the code is not even sent to Calendly");
    }

    [Test]
    public async Task An_expired_state_is_refused_and_nothing_is_stored()
    {
        using var admin = _harness.Admin();
        var begun = await _harness.BeginAsync(admin);
        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);
        await _harness.UpdateAuthorizationRequestAsync(state, (entry, _) => entry.Property(r => r.ExpiresAtUtc).CurrentValue = DateTime.UtcNow.AddSeconds(-1));

        await AssertRefusedAsync(admin, new { code, state }, HttpStatusCode.BadRequest, "state", "expired");
        Assert.That(_harness.CodeExchangeRequests, Is.Zero);
    }

    [Test]
    public async Task A_replayed_state_is_refused_and_the_first_connection_stays()
    {
        using var admin = _harness.Admin();
        var begun = await _harness.BeginAsync(admin);
        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);
        using (var first = await CalendlyConnectHarness.CallbackAsync(admin, new { code, state }))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var stored = await _harness.ReadStoredTokensAsync();

        using var replay = await CalendlyConnectHarness.CallbackAsync(admin, new { code, state });
        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Errors(await replay.ReadProblemAsync(), "state"), Does.Contain("already used"));
        Assert.That(await _harness.ReadStoredTokensAsync(), Is.EqualTo(stored), "the replay changed nothing");
        Assert.That(_harness.CodeExchangeRequests, Is.EqualTo(1));
    }

    [Test]
    public async Task Concurrent_redemptions_of_one_state_let_exactly_one_through()
    {
        using var admin = _harness.Admin();
        var begun = await _harness.BeginAsync(admin);
        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => CalendlyConnectHarness.CallbackAsync(admin, new { code, state })));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.BadRequest), Is.EqualTo(4));
        Assert.That(_harness.CodeExchangeRequests, Is.EqualTo(1));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task A_state_issued_to_another_admin_of_the_same_organization_is_refused()
    {
        using var admin = _harness.Admin();
        var begun = await _harness.BeginAsync(admin);
        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);
        using var otherAdmin = _harness.Api.CreateClientFor(_harness.OrganizationId, admin: true, userId: "another-admin");

        await AssertRefusedAsync(otherAdmin, new { code, state }, HttpStatusCode.BadRequest, "state", "another user");

        using var own = await CalendlyConnectHarness.CallbackAsync(admin, new { code, state });
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a foreign attempt does not burn the state for its owner");
    }

    [Test]
    public async Task A_state_issued_to_another_organization_is_refused()
    {
        using var admin = _harness.Admin();
        var begun = await _harness.BeginAsync(admin);
        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);
        var otherOrganization = Guid.NewGuid();
        using var foreign = _harness.Api.CreateClientFor(otherOrganization, admin: true, userId: _harness.AdminUserId);

        using var response = await CalendlyConnectHarness.CallbackAsync(foreign, new { code, state });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Errors(await response.ReadProblemAsync(), "state"), Does.Contain("another user or organization"));
        Assert.That((await _harness.ReadConnectionAsync()).OAuthConnected, Is.False);
        await _harness.Api.WithDbAsync(async db =>
            Assert.That((await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Organizations, o => o.Id == otherOrganization)).Calendly.OAuthConnected, Is.False));
    }

    [Test]
    public async Task A_reused_code_is_refused_with_the_explanation()
    {
        using var admin = _harness.Admin();
        var begun = await _harness.BeginAsync(admin);
        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);
        using (var first = await CalendlyConnectHarness.CallbackAsync(admin, new { code, state }))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var stored = await _harness.ReadStoredTokensAsync();
        var again = await _harness.BeginAsync(admin);

        using var response = await CalendlyConnectHarness.CallbackAsync(admin, new { code, state = again.State });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var message = Errors(await response.ReadProblemAsync(), "code");
        Assert.That(message, Does.Contain("invalid_grant").And.Contain("10 minutes").And.Contain("redirect URI"));
        Assert.That(message, Does.Not.Contain(code));
        Assert.That(await _harness.ReadStoredTokensAsync(), Is.EqualTo(stored));
    }

    [Test]
    public async Task A_redirect_uri_other_than_the_registered_one_is_refused()
    {
        using var admin = _harness.Admin();
        var begun = await _harness.BeginAsync(admin);
        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);

        await AssertRefusedAsync(admin, new { code, state, redirectUri = "http://localhost:5080/elsewhere" }, HttpStatusCode.BadRequest, "redirectUri", "CALENDLY_REDIRECT_URI");
        Assert.That(_harness.CodeExchangeRequests, Is.Zero);
    }

    [Test]
    public async Task An_organization_id_other_than_the_callers_is_forbidden()
    {
        using var admin = _harness.Admin();
        var begun = await _harness.BeginAsync(admin);
        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);

        using var response = await CalendlyConnectHarness.CallbackAsync(admin, new { code, state, organizationId = Guid.NewGuid() });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await response.ReadProblemAsync()).GetProperty("detail").GetString(), Does.Contain("organizationId"));
        Assert.That((await _harness.ReadConnectionAsync()).OAuthConnected, Is.False);
        Assert.That(_harness.CodeExchangeRequests, Is.Zero);
    }

    [Test]
    public async Task A_non_admin_can_neither_start_nor_complete_nor_see_nor_disconnect()
    {
        using var admin = _harness.Admin();
        var begun = await _harness.BeginAsync(admin);
        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);
        using var member = _harness.Api.CreateClientFor(_harness.OrganizationId, admin: false, userId: _harness.AdminUserId);

        using var authorize = await member.PostAsync(new Uri("/auth/calendly/authorize", UriKind.Relative), null);
        using var callback = await CalendlyConnectHarness.CallbackAsync(member, new { code, state });
        using var status = await member.GetAsync(new Uri("/integrations/calendly", UriKind.Relative));
        using var disconnect = await member.DeleteAsync(new Uri("/auth/calendly", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(authorize.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(callback.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(status.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(disconnect.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
        Assert.That((await _harness.ReadConnectionAsync()).OAuthConnected, Is.False);
        Assert.That(await _harness.ReadAuthorizationRequestsAsync(), Has.Count.EqualTo(1), "the member started no flow");
    }

    [Test]
    public async Task Missing_fields_are_reported_one_by_one()
    {
        using var admin = _harness.Admin();
        await _harness.BeginAsync(admin);

        using var empty = await CalendlyConnectHarness.CallbackAsync(admin, new { });
        using var bad = await CalendlyConnectHarness.CallbackAsync(admin, new { code = "", state = new string('s', 500), redirectUri = "not a url" });

        Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var emptyErrors = (await empty.ReadProblemAsync()).GetProperty("errors");
        Assert.That(emptyErrors.TryGetProperty("code", out _), Is.True, emptyErrors.ToString());
        Assert.That(emptyErrors.TryGetProperty("state", out _), Is.True, emptyErrors.ToString());

        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var badErrors = (await bad.ReadProblemAsync()).GetProperty("errors");
        Assert.That(badErrors.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(ExpectedInvalidFields));
        Assert.That(_harness.CodeExchangeRequests, Is.Zero);
    }

    [Test]
    public async Task Calendly_failing_gives_502_and_nothing_stored()
    {
        using var admin = _harness.Admin();
        var begun = await _harness.BeginAsync(admin);
        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);
        _harness.Sandbox.Faults.Configure(new FaultSettings { ServerErrorShare = 1 });

        using var response = await CalendlyConnectHarness.CallbackAsync(admin, new { code, state });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That((await response.ReadProblemAsync()).GetProperty("detail").GetString(), Does.Contain("nothing was changed"));
        var connection = await _harness.ReadConnectionAsync();
        Assert.That(connection.OAuthConnected, Is.False);
        Assert.That(connection.EncryptedAccessToken, Is.Null);
    }

    [Test]
    public async Task Calendly_unreachable_gives_502_and_nothing_stored()
    {
        using var admin = _harness.Admin();
        var begun = await _harness.BeginAsync(admin);
        var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);
        await _harness.Sandbox.StopAsync();

        using var response = await CalendlyConnectHarness.CallbackAsync(admin, new { code, state });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        await response.ReadProblemAsync();
        Assert.That((await _harness.ReadConnectionAsync()).OAuthConnected, Is.False);
    }

    private async Task AssertRefusedAsync(HttpClient client, object body, HttpStatusCode expected, string field, string explanation)
    {
        using var response = await CalendlyConnectHarness.CallbackAsync(client, body);
        Assert.That(response.StatusCode, Is.EqualTo(expected));
        Assert.That(Errors(await response.ReadProblemAsync(), field), Does.Contain(explanation));
        var connection = await _harness.ReadConnectionAsync();
        Assert.That(connection.OAuthConnected, Is.False, "nothing stored");
        Assert.That(connection.EncryptedAccessToken, Is.Null);
        Assert.That(connection.EncryptedRefreshToken, Is.Null);
    }

    private static string Errors(JsonElement problem, string field) =>
        string.Join(" ", problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));
}
