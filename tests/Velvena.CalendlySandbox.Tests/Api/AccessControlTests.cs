using System.Net;
using System.Net.Http.Json;
using Velvena.CalendlySandbox.Tests.Support;

namespace Velvena.CalendlySandbox.Tests.Api;

public sealed class AccessControlTests
{
    [Test]
    public async Task Missing_scopes_answer_403_with_the_required_scopes()
    {
        await using var session = await SandboxSession.StartAsync();
        using var noScopes = session.ClientFor(session.Owner.Uuid, []);

        var (me, meBody) = await SandboxSession.GetAsync(noScopes, "users/me");
        var (events, eventsBody) = await SandboxSession.GetAsync(noScopes, $"scheduled_events?user={session.OwnerUri}");
        using var create = await noScopes.PostAsJsonAsync("webhook_subscriptions", new { url = "http://127.0.0.1:9/h", events = new[] { "invitee.created" }, organization = session.OrganizationUri, scope = "organization" });

        Assert.Multiple(async () =>
        {
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(SandboxSession.Parse(meBody)["required_scopes"]![0]!.GetValue<string>(), Is.EqualTo("users:read"));
            Assert.That(events.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(SandboxSession.Parse(eventsBody)["required_scopes"]![0]!.GetValue<string>(), Is.EqualTo("scheduled_events:read"));
            Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(SandboxSession.Parse(await create.Content.ReadAsStringAsync())["required_scopes"]![0]!.GetValue<string>(), Is.EqualTo("webhooks:write"));
        });
    }

    [Test]
    public async Task Organization_listing_needs_an_admin_but_members_see_their_own_events()
    {
        await using var session = await SandboxSession.StartAsync();
        using var member = session.ClientFor(session.Member.Uuid);

        var (organization, _) = await SandboxSession.GetAsync(member, $"scheduled_events?organization={session.OrganizationUri}");
        var (own, _) = await SandboxSession.GetAsync(member, $"scheduled_events?user={session.Host.Urls.User(session.Member.Uuid)}");
        var (someoneElse, _) = await SandboxSession.GetAsync(member, $"scheduled_events?user={session.OwnerUri}");

        Assert.That(organization.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(someoneElse.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Every_api_response_carries_rate_limit_headers_and_the_limit_answers_429()
    {
        await using var session = await SandboxSession.StartAsync(new SandboxOptions { ApiRequestsPerMinute = 3 });
        for (var i = 0; i < 3; i++)
        {
            using var ok = await session.Api.GetAsync(new Uri("users/me", UriKind.Relative));
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ok.Headers.GetValues("X-RateLimit-Limit").Single(), Is.EqualTo("3"));
            Assert.That(ok.Headers.GetValues("X-RateLimit-Remaining").Single(), Is.EqualTo((2 - i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(int.Parse(ok.Headers.GetValues("X-RateLimit-Reset").Single(), System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, 60));
        }

        using var limited = await session.Api.GetAsync(new Uri("users/me", UriKind.Relative));
        Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(limited.Headers.GetValues("X-RateLimit-Remaining").Single(), Is.EqualTo("0"));
    }

    [Test]
    public async Task Callback_urls_off_loopback_are_refused()
    {
        await using var session = await SandboxSession.StartAsync();
        using var response = await session.Api.PostAsJsonAsync("webhook_subscriptions", new
        {
            url = "https://example.com/hook",
            events = new[] { "invitee.created" },
            organization = session.OrganizationUri,
            scope = "organization",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
