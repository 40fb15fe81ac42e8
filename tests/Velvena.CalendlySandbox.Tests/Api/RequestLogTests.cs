using System.Net;
using Velvena.CalendlySandbox.Faults;
using Velvena.CalendlySandbox.Tests.Support;

namespace Velvena.CalendlySandbox.Tests.Api;

public sealed class RequestLogTests
{
    [Test]
    public async Task Every_api_request_is_logged_with_its_status_but_not_the_control_api()
    {
        await using var session = await SandboxSession.StartAsync();
        using var control = session.Host.CreateClient();
        session.Book();
        session.Host.Requests.Clear();

        using (await session.Api.GetAsync(new Uri($"scheduled_events?user={Uri.EscapeDataString(session.OwnerUri)}&count=100", UriKind.Relative)))
        {
        }

        using (await control.GetAsync(new Uri("_sandbox/", UriKind.Relative)))
        {
        }

        session.Host.Faults.Configure(new FaultSettings { ServerErrorShare = 1.0 });
        using (await session.Api.GetAsync(new Uri("users/me", UriKind.Relative)))
        {
        }

        var entries = session.Host.Requests.Entries;
        Assert.That(entries.Select(e => (e.Method, e.Path, e.StatusCode)), Is.EqualTo(new[]
        {
            ("GET", "/scheduled_events", (int)HttpStatusCode.OK),
            ("GET", "/users/me", (int)HttpStatusCode.InternalServerError),
        }));
        Assert.That(entries[0].QueryString, Does.Contain("count=100"));
        Assert.That(session.Host.Requests.Count(r => r.Path == "/users/me"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_bounded_log_keeps_the_most_recent_requests_and_still_counts_every_one()
    {
        await using var session = await SandboxSession.StartAsync(new SandboxOptions { RandomSeed = 42, RequestLogCapacity = 2 });
        foreach (var path in new[] { "users/me", "scheduled_events?count=1", "users/me?first", "users/me?second" })
        {
            using (await session.Api.GetAsync(new Uri(path, UriKind.Relative)))
            {
            }
        }

        Assert.That(session.Host.Requests.Entries.Select(e => e.QueryString), Is.EqualTo(new[] { "?first", "?second" }));
        Assert.That(session.Host.Requests.Count(), Is.EqualTo(2));
        Assert.That(session.Host.Requests.Total, Is.EqualTo(4));

        session.Host.Requests.Clear();
        Assert.That(session.Host.Requests.Total, Is.Zero);
    }

    [Test]
    public async Task A_log_of_capacity_zero_keeps_nothing_but_counts()
    {
        await using var session = await SandboxSession.StartAsync(new SandboxOptions { RandomSeed = 42, RequestLogCapacity = 0 });
        using (await session.Api.GetAsync(new Uri("users/me", UriKind.Relative)))
        {
        }

        Assert.That(session.Host.Requests.Entries, Is.Empty);
        Assert.That(session.Host.Requests.Total, Is.EqualTo(1));
    }

    [Test]
    public void A_negative_capacity_is_refused_at_start() =>
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
        {
            await using var host = await CalendlySandboxHost.StartAsync(new SandboxOptions { RequestLogCapacity = -1 });
        });
}
