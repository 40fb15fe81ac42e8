using System.Net;
using System.Net.Http.Json;
using Velvena.CalendlySandbox.Faults;
using Velvena.CalendlySandbox.Tests.Support;
using Velvena.CalendlySandbox.Webhooks;

namespace Velvena.CalendlySandbox.Tests.Webhooks;

public sealed class WebhookDeliveryTests
{
    private static readonly SandboxOptions FastRetries = new()
    {
        RandomSeed = 7,
        WebhookRetryDelays = [TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10)],
        WebhookTimeout = TimeSpan.FromSeconds(2),
    };

    private static async Task<string> SubscribeAsync(SandboxSession session, string url, string scope = "organization", string? signingKey = null)
    {
        using var response = await session.Api.PostAsJsonAsync("webhook_subscriptions", new Dictionary<string, object?>
        {
            ["url"] = url,
            ["events"] = new[] { "invitee.created", "invitee.canceled" },
            ["organization"] = session.OrganizationUri,
            ["scope"] = scope,
            ["user"] = scope == "user" ? session.OwnerUri : null,
            ["signing_key"] = signingKey,
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        return SandboxSession.Parse(body)["resource"]!["uri"]!.GetValue<string>();
    }

    [Test]
    public async Task A_booking_is_delivered_signed_with_the_apps_key_and_matches_the_invitee_payload_schema()
    {
        await using var session = await SandboxSession.StartAsync(FastRetries);
        await using var receiver = await WebhookReceiver.StartAsync();
        await SubscribeAsync(session, receiver.Url);

        var booking = session.Book();
        await session.Host.Webhooks.WaitForIdleAsync();

        var delivery = receiver.Received.Single();
        var json = delivery.Json;
        Assert.Multiple(() =>
        {
            Assert.That(json["event"]!.GetValue<string>(), Is.EqualTo("invitee.created"));
            Assert.That(json["created_by"]!.GetValue<string>(), Is.EqualTo(session.OwnerUri));
            Assert.That(json["payload"]!["uri"]!.GetValue<string>(), Is.EqualTo(booking.InviteeUri));
            Assert.That(json["payload"]!["scheduled_event"]!["uri"]!.GetValue<string>(), Is.EqualTo(booking.EventUri));
            Assert.That(delivery.Signature, Does.Match("^t=[0-9]+,v1=[0-9a-f]{64}$"));
            Assert.That(WebhookSignature.Verify(delivery.Signature, "test-signing-key", delivery.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(3)), Is.True);
            Assert.That(WebhookSignature.Verify(delivery.Signature, "another-key", delivery.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(3)), Is.False);
        });
        CalendlyContract.AssertMatchesSchema("InviteePayload", json["payload"]!.ToJsonString());
        Assert.That(session.Host.Webhooks.DeliveryLog.Single().Outcome, Is.EqualTo(DeliveryOutcome.Delivered));
    }

    [Test]
    public async Task The_signature_is_hmac_sha256_of_t_dot_body_in_lowercase_hex()
    {
        await using var session = await SandboxSession.StartAsync(FastRetries);
        await using var receiver = await WebhookReceiver.StartAsync();
        await SubscribeAsync(session, receiver.Url, signingKey: "subscription-own-key");

        session.Book();
        await session.Host.Webhooks.WaitForIdleAsync();

        var delivery = receiver.Received.Single();
        var parts = delivery.Signature.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var message = System.Text.Encoding.UTF8.GetBytes(parts["t"] + ".").Concat(delivery.Body).ToArray();
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes("subscription-own-key"), message));
        Assert.That(parts["v1"], Is.EqualTo(expected));
    }

    [Test]
    public async Task User_scope_subscriptions_only_get_that_users_events()
    {
        await using var session = await SandboxSession.StartAsync(FastRetries);
        await using var receiver = await WebhookReceiver.StartAsync();
        await SubscribeAsync(session, receiver.Url, scope: "user");

        session.Book();
        session.Host.Seed.Book(new Control.NewBooking(new Control.NewInvitee("x@example.com", Name: "X"), DateTimeOffset.UtcNow.AddDays(1), Host: session.Member.Uuid));
        await session.Host.Webhooks.WaitForIdleAsync();

        Assert.That(receiver.Received, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Failing_receivers_are_retried_then_the_subscription_is_disabled()
    {
        await using var session = await SandboxSession.StartAsync(FastRetries);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.StatusCode = 500;
        var uri = await SubscribeAsync(session, receiver.Url);

        session.Book();
        await session.Host.Webhooks.WaitForIdleAsync();

        var log = session.Host.Webhooks.DeliveryLog;
        Assert.That(log.Where(a => a.Outcome == DeliveryOutcome.Failed).Select(a => a.Attempt), Is.EqualTo(new[] { 1, 2, 3, 4 }));
        Assert.That(log[^1].Outcome, Is.EqualTo(DeliveryOutcome.SubscriptionDisabled));
        var (_, body) = await SandboxSession.GetAsync(session.Api, uri);
        var resource = SandboxSession.Parse(body)["resource"]!;
        Assert.That(resource["state"]!.GetValue<string>(), Is.EqualTo("disabled"));
        Assert.That(resource["retry_started_at"], Is.Not.Null);
        CalendlyContract.AssertMatchesResponse("/webhook_subscriptions/{webhook_uuid}", "get", 200, body);

        session.Book(60);
        await session.Host.Webhooks.WaitForIdleAsync();
        Assert.That(receiver.Received, Has.Count.EqualTo(4), "a disabled subscription gets nothing more");
    }

    [Test]
    public async Task A_subscription_is_disabled_once_the_retry_window_has_passed_even_with_retries_left()
    {
        var shortWindow = new SandboxOptions
        {
            RandomSeed = 7,
            WebhookRetryDelays = [TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(300)],
            WebhookRetryWindow = TimeSpan.FromMilliseconds(100),
            WebhookTimeout = TimeSpan.FromSeconds(2),
        };
        await using var session = await SandboxSession.StartAsync(shortWindow);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.StatusCode = 500;
        var uri = await SubscribeAsync(session, receiver.Url);

        session.Book();
        await session.Host.Webhooks.WaitForIdleAsync();

        var log = session.Host.Webhooks.DeliveryLog;
        var failedAttempts = log.Count(a => a.Outcome == DeliveryOutcome.Failed);
        Assert.That(failedAttempts, Is.LessThan(shortWindow.WebhookRetryDelays.Count + 1), "the window, not the schedule, ended the retries");
        Assert.That(log[^1].Outcome, Is.EqualTo(DeliveryOutcome.SubscriptionDisabled));
        var (_, body) = await SandboxSession.GetAsync(session.Api, uri);
        Assert.That(SandboxSession.Parse(body)["resource"]!["state"]!.GetValue<string>(), Is.EqualTo("disabled"));
    }

    [Test]
    public async Task A_retry_that_succeeds_keeps_the_subscription_active()
    {
        await using var session = await SandboxSession.StartAsync(FastRetries);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.FailFirst = 2;
        var uri = await SubscribeAsync(session, receiver.Url);

        session.Book();
        await session.Host.Webhooks.WaitForIdleAsync();

        Assert.That(session.Host.Webhooks.DeliveryLog.Select(a => (a.Attempt, a.StatusCode)), Is.EqualTo(new (int, int?)[] { (1, 503), (2, 503), (3, 200) }));
        var (_, body) = await SandboxSession.GetAsync(session.Api, uri);
        Assert.That(SandboxSession.Parse(body)["resource"]!["state"]!.GetValue<string>(), Is.EqualTo("active"));
    }

    [Test]
    public async Task Answering_410_deletes_the_subscription()
    {
        await using var session = await SandboxSession.StartAsync(FastRetries);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.StatusCode = 410;
        var uri = await SubscribeAsync(session, receiver.Url);

        session.Book();
        await session.Host.Webhooks.WaitForIdleAsync();

        var (response, _) = await SandboxSession.GetAsync(session.Api, uri);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(receiver.Received, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Delete_answers_204_and_stops_deliveries()
    {
        await using var session = await SandboxSession.StartAsync(FastRetries);
        await using var receiver = await WebhookReceiver.StartAsync();
        var uri = await SubscribeAsync(session, receiver.Url);

        using var deleted = await session.Api.DeleteAsync(new Uri(uri));
        session.Book();
        await session.Host.Webhooks.WaitForIdleAsync();

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(receiver.Received, Is.Empty);
    }

    [Test]
    public async Task Held_deliveries_are_released_shuffled_dropped_or_duplicated_on_demand()
    {
        await using var session = await SandboxSession.StartAsync(FastRetries);
        await using var receiver = await WebhookReceiver.StartAsync();
        await SubscribeAsync(session, receiver.Url);

        session.Host.Webhooks.Hold();
        var bookings = Enumerable.Range(0, 8).Select(i => session.Book(i * 30).InviteeUri).ToList();
        await session.Host.Webhooks.WaitForIdleAsync();
        Assert.That(receiver.Received, Is.Empty);

        Assert.That(session.Host.Webhooks.Release(shuffle: true), Is.EqualTo(8));
        await session.Host.Webhooks.WaitForIdleAsync();
        var order = receiver.Received.Select(r => r.Json["payload"]!["uri"]!.GetValue<string>()).ToList();
        Assert.That(order, Is.EquivalentTo(bookings));
        Assert.That(order, Is.Not.EqualTo(bookings), "seed 7 shuffles eight deliveries out of order");

        session.Host.Faults.Configure(new FaultSettings { WebhookDuplicateShare = 1 });
        session.Book(1000);
        await session.Host.Webhooks.WaitForIdleAsync();
        Assert.That(receiver.Received, Has.Count.EqualTo(10));

        session.Host.Faults.Configure(new FaultSettings { WebhookDropShare = 1 });
        session.Book(2000);
        await session.Host.Webhooks.WaitForIdleAsync();
        Assert.That(receiver.Received, Has.Count.EqualTo(10));
        Assert.That(session.Host.Webhooks.DeliveryLog[^1].Outcome, Is.EqualTo(DeliveryOutcome.Dropped));
    }
}
