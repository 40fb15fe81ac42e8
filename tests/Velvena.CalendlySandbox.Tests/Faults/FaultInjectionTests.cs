using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Velvena.CalendlySandbox.Faults;
using Velvena.CalendlySandbox.Tests.Support;

namespace Velvena.CalendlySandbox.Tests.Faults;

public sealed class FaultInjectionTests
{
    [Test]
    public async Task A_share_of_500s_is_deterministic_with_a_seed()
    {
        async Task<List<HttpStatusCode>> RunAsync()
        {
            await using var session = await SandboxSession.StartAsync();
            session.Host.Faults.Configure(new FaultSettings { ServerErrorShare = 0.5, Seed = 123 });
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 40; i++)
            {
                using var response = await session.Api.GetAsync(new Uri("users/me", UriKind.Relative));
                statuses.Add(response.StatusCode);
            }

            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();
        Assert.That(first, Is.EqualTo(second));
        Assert.That(first.Count(s => s == HttpStatusCode.InternalServerError), Is.InRange(10, 30));
        Assert.That(first.Count(s => s == HttpStatusCode.OK), Is.InRange(10, 30));
    }

    [Test]
    public async Task Latency_timeouts_and_429s_are_injected_through_the_control_api()
    {
        await using var session = await SandboxSession.StartAsync();
        using var control = session.Host.CreateClient();

        (await control.PutAsJsonAsync("_sandbox/faults", new { latency_milliseconds = 150 })).EnsureSuccessStatusCode();
        var watch = Stopwatch.StartNew();
        using (var slow = await session.Api.GetAsync(new Uri("users/me", UriKind.Relative)))
        {
            Assert.That(slow.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That(watch.ElapsedMilliseconds, Is.GreaterThanOrEqualTo(140));

        (await control.PutAsJsonAsync("_sandbox/faults", new { rate_limit_share = 1.0 })).EnsureSuccessStatusCode();
        using (var limited = await session.Api.GetAsync(new Uri("users/me", UriKind.Relative)))
        {
            Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        }

        (await control.PutAsJsonAsync("_sandbox/faults", new { timeout_share = 1.0, hang_milliseconds = 5000 })).EnsureSuccessStatusCode();
        using var impatient = session.Host.CreateClient();
        impatient.Timeout = TimeSpan.FromMilliseconds(200);
        Assert.ThrowsAsync<TaskCanceledException>(async () => await impatient.GetAsync(new Uri("users/me", UriKind.Relative)));

        (await control.DeleteAsync(new Uri("_sandbox/faults", UriKind.Relative))).EnsureSuccessStatusCode();
        using var healthy = await session.Api.GetAsync(new Uri("users/me", UriKind.Relative));
        Assert.That(healthy.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
