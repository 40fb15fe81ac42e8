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
}
