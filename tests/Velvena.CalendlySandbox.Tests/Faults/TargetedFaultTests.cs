using System.Net;
using System.Net.Http.Json;
using Velvena.CalendlySandbox.Faults;
using Velvena.CalendlySandbox.Tests.Support;

namespace Velvena.CalendlySandbox.Tests.Faults;

public sealed class TargetedFaultTests
{
    [Test]
    public async Task Faults_aimed_at_one_user_leave_the_others_alone()
    {
        await using var session = await SandboxSession.StartAsync();
        using var member = session.ClientFor(session.Member.Uuid);
        session.Host.Faults.Configure(new FaultSettings { ServerErrorShare = 1.0, TargetUsers = [session.Owner.Uuid] });

        using (var owner = await session.Api.GetAsync(new Uri("users/me", UriKind.Relative)))
        {
            Assert.That(owner.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        }

        using (var other = await member.GetAsync(new Uri("users/me", UriKind.Relative)))
        {
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        session.Host.Faults.Reset();
        using var healed = await session.Api.GetAsync(new Uri("users/me", UriKind.Relative));
        Assert.That(healed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Targets_can_be_set_through_the_control_api()
    {
        await using var session = await SandboxSession.StartAsync();
        using var control = session.Host.CreateClient();
        using var member = session.ClientFor(session.Member.Uuid);
        (await control.PutAsJsonAsync("_sandbox/faults", new { rate_limit_share = 1.0, target_users = new[] { session.Member.Uuid } })).EnsureSuccessStatusCode();

        using var limited = await member.GetAsync(new Uri("users/me", UriKind.Relative));
        using var spared = await session.Api.GetAsync(new Uri("users/me", UriKind.Relative));

        Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(spared.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Spared_requests_are_answered_before_the_faults_begin()
    {
        await using var session = await SandboxSession.StartAsync();
        session.Host.Faults.Configure(new FaultSettings { ServerErrorShare = 1.0, SpareFirstRequests = 2 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await session.Api.GetAsync(new Uri("users/me", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError }));
    }
}
