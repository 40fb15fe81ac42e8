using Microsoft.Extensions.Time.Testing;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Models;
using Velvena.CalendlySandbox;
using Velvena.CalendlySandbox.Faults;
using Velvena.CalendlySandbox.Generator;
using Velvena.IntegrationTests.Calendly.Support;

namespace Velvena.IntegrationTests.Calendly;

[TestFixture]
public sealed class CalendlyResilienceTests
{
    [Test]
    public async Task A_429_is_retried_after_X_RateLimit_Reset_and_then_succeeds()
    {
        // One clock for the sandbox's rate-limit window and the client's retry delays, moved by the test.
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 8, 0, 0, TimeSpan.Zero));
        await using var harness = await CalendlyClientHarness.StartAsync(
            new SandboxOptions { TimeProvider = clock, ApiRequestsPerMinute = 2 },
            http =>
            {
                http.MaxRetryAfter = TimeSpan.FromSeconds(90);
                http.TotalTimeout = TimeSpan.FromMinutes(10);
                http.AttemptTimeout = TimeSpan.FromMinutes(2);
            },
            clock);
        harness.UseOwnerToken();
        await harness.Gateway.GetCurrentUserAsync(harness.OrganizationId, CancellationToken.None);
        await harness.Gateway.GetCurrentUserAsync(harness.OrganizationId, CancellationToken.None);

        var throttled = harness.Gateway.GetCurrentUserAsync(harness.OrganizationId, CancellationToken.None);
        var waited = TimeSpan.Zero;
        while (!throttled.IsCompleted && waited < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(20);
            clock.Advance(TimeSpan.FromSeconds(1));
            waited += TimeSpan.FromSeconds(1);
        }

        var user = await throttled;
        Assert.Multiple(() =>
        {
            Assert.That(user.Uri, Is.EqualTo(harness.OwnerUri));
            Assert.That(harness.ApiRequests.Requests.Select(r => r.StatusCode), Is.EqualTo(new int?[] { 200, 200, 429, 200 }));
            Assert.That(waited, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(60)), "the retry waits for the window announced by X-RateLimit-Reset");
        });
    }

    [Test]
    public async Task A_429_asking_for_more_than_MaxRetryAfter_fails_at_once_with_RetryAfter()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 8, 0, 0, TimeSpan.Zero));
        await using var harness = await CalendlyClientHarness.StartAsync(
            new SandboxOptions { TimeProvider = clock, ApiRequestsPerMinute = 1 }, http => http.MaxRetryAfter = TimeSpan.FromSeconds(10), clock);
        harness.UseOwnerToken();
        await harness.Gateway.GetCurrentUserAsync(harness.OrganizationId, CancellationToken.None);

        var unavailable = Assert.ThrowsAsync<CalendlyUnavailableException>(() => harness.Gateway.GetCurrentUserAsync(harness.OrganizationId, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(unavailable!.StatusCode, Is.EqualTo(429));
            Assert.That(unavailable.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(harness.ApiRequests.Requests, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task A_share_of_server_errors_is_retried_and_every_event_is_listed_once()
    {
        await using var harness = await CalendlyClientHarness.StartAsync(configureHttp: http => http.MaxRetryAttempts = 8);
        var generated = harness.Sandbox.Generator.Generate(new GenerationRequest(1, 250, 1, Seed: 5));
        harness.Tokens.Current = harness.IssueAccessTokenFor(generated.Owners[0]);
        harness.Sandbox.Faults.Configure(new FaultSettings { ServerErrorShare = 0.4, Seed = 1234 });

        var uris = new List<string>();
        var query = new CalendlyEventQuery(null, harness.Sandbox.Urls.Organization(generated.Organizations[0]), null, null);
        await foreach (var scheduled in harness.Gateway.ListScheduledEventsAsync(harness.OrganizationId, query, CancellationToken.None))
        {
            uris.Add(scheduled.Uri);
        }

        Assert.Multiple(() =>
        {
            Assert.That(uris, Has.Count.EqualTo(250));
            Assert.That(uris.Distinct().Count(), Is.EqualTo(250));
            Assert.That(harness.ApiRequests.Requests.Count(r => r.StatusCode == 500), Is.GreaterThan(0), "the fault share should have hit");
        });
    }

    [Test]
    public async Task Persistent_server_errors_exhaust_the_bounded_retries()
    {
        await using var harness = await CalendlyClientHarness.StartAsync(configureHttp: http => http.MaxRetryAttempts = 3);
        harness.UseOwnerToken();
        harness.Sandbox.Faults.Configure(new FaultSettings { ServerErrorShare = 1 });

        var unavailable = Assert.ThrowsAsync<CalendlyUnavailableException>(() => harness.Gateway.GetCurrentUserAsync(harness.OrganizationId, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(unavailable!.StatusCode, Is.EqualTo(500));
            Assert.That(harness.ApiRequests.Requests, Has.Count.EqualTo(4));
        });
    }

    [Test]
    public async Task A_hanging_request_times_out_per_attempt_and_is_retried()
    {
        await using var harness = await CalendlyClientHarness.StartAsync(configureHttp: http =>
        {
            http.MaxRetryAttempts = 1;
            http.AttemptTimeout = TimeSpan.FromMilliseconds(300);
        });
        harness.UseOwnerToken();
        harness.Sandbox.Faults.Configure(new FaultSettings { TimeoutShare = 1, HangMilliseconds = 30_000 });

        var unavailable = Assert.ThrowsAsync<CalendlyUnavailableException>(() => harness.Gateway.GetCurrentUserAsync(harness.OrganizationId, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(unavailable!.StatusCode, Is.Null);
            Assert.That(unavailable.Message, Does.Contain("timed out"));
            Assert.That(harness.ApiRequests.Requests, Has.Count.EqualTo(2));
        });
    }
}
