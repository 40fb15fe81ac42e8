using System.Net;
using System.Net.Http.Json;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Calendly.Bookings.Record;
using Velvena.Application.Calendly.Status;
using Velvena.Application.Calendly.Sync.SyncOrganization;
using Velvena.Application.Calendly.Webhooks.Ports;
using Velvena.CalendlySandbox.Control;
using Velvena.Domain.Calendly;

namespace Velvena.IntegrationTests.Calendly.Webhooks;

/// <summary>Real signed deliveries from the sandbox into the API on a real port; no sync runs anywhere here.</summary>
[TestFixture]
public sealed class WebhookDeliveryTests
{
    private static readonly DateTimeOffset Start = new(2030, 3, 12, 9, 0, 0, TimeSpan.Zero);
    private WebhookTestEnvironment _env = null!;

    [SetUp]
    public async Task Connect()
    {
        _env = await WebhookTestEnvironment.StartAsync();
        await _env.ConnectAsync();
    }

    [TearDown]
    public async Task Stop() => await _env.DisposeAsync();

    [Test]
    public async Task Connecting_subscribes_to_invitee_webhooks_and_the_status_shows_it()
    {
        var subscription = _env.Sandbox.State.ListWebhookSubscriptions().Single();
        using var client = _env.CreateClient();
        var status = await client.GetFromJsonAsync<CalendlyConnectionStatusDto>("integrations/calendly");

        Assert.Multiple(() =>
        {
            Assert.That(subscription.CallbackUrl, Is.EqualTo(_env.CallbackUrl));
            Assert.That(subscription.Events, Is.EquivalentTo(Velvena.Application.Calendly.Webhooks.Models.CalendlyWebhookEvents.Subscribed));
            Assert.That(subscription.Scope, Is.EqualTo("user"));
            Assert.That(status!.Webhook.State, Is.EqualTo("Active"));
            Assert.That(status.Webhook.SubscriptionUri, Is.EqualTo(_env.Sandbox.Urls.WebhookSubscription(subscription.Uuid)));
        });
    }

    [Test]
    public async Task A_booking_becomes_a_prospect_within_seconds_without_any_sync()
    {
        var booking = _env.Book("marie.dupont@example.fr", Start);

        using var client = _env.CreateClient();
        await Eventually.ThatAsync(
            async () => (await client.GetStringAsync("prospects")).Contains("marie.dupont@example.fr", StringComparison.Ordinal),
            TimeSpan.FromSeconds(5),
            "the booking should appear as a prospect");
        await _env.SettleAsync();
        var state = await _env.EndStateAsync();
        var inbox = await _env.InboxAsync();

        Assert.Multiple(() =>
        {
            Assert.That(state.Count(s => s.StartsWith("appointment", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(state.Single(s => s.StartsWith("appointment", StringComparison.Ordinal)), Does.Contain(booking.InviteeUri).And.Contain("Scheduled"));
            Assert.That(inbox.Single().Outcome, Is.EqualTo(CalendlyWebhookInboxOutcome.Recorded));
            Assert.That(inbox.Single().OrganizationId, Is.EqualTo(_env.OrganizationId));
            Assert.That(_env.Sandbox.Webhooks.DeliveryLog.Single().StatusCode, Is.EqualTo(202));
        });
    }

    [Test]
    public async Task A_cancellation_and_a_reschedule_arrive_the_same_way()
    {
        var canceled = _env.Book("annule@example.fr", Start);
        var moved = _env.Book("deplace@example.fr", Start.AddHours(2));
        await _env.SettleAsync();

        _env.Sandbox.Seed.CancelInvitee(canceled.InviteeUuid, new CancelRequest("Empêchement"));
        var rescheduled = _env.Sandbox.Seed.Reschedule(moved.InviteeUuid, new RescheduleRequest(Start.AddDays(1)));
        await _env.SettleAsync();

        var state = await _env.EndStateAsync();
        Assert.Multiple(() =>
        {
            Assert.That(state, Has.One.Contains(canceled.InviteeUri).And.Contains("Canceled"));
            Assert.That(state, Has.One.Contains(rescheduled.InviteeUri).And.Contains("Scheduled"));
            Assert.That(state, Has.One.StartsWith($"appointment deplace@example.fr {moved.InviteeUri} ").And.Contains("Rescheduled").And.EndsWith(rescheduled.InviteeUri));
            Assert.That(state.Count(s => s.StartsWith("prospect", StringComparison.Ordinal)), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task The_same_real_delivery_a_hundred_times_at_once_is_one_inbox_entry_and_one_appointment()
    {
        await using var recorder = await DeliveryRecorder.SubscribeAsync(_env);
        _env.Book("cent@example.fr", Start);
        await _env.SettleAsync();
        var (body, signature) = recorder.Deliveries.Single();

        using var http = new HttpClient { BaseAddress = new Uri(_env.BaseUrl + "/") };
        var statuses = await Task.WhenAll(Enumerable.Range(0, 100).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/calendly") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.TryAddWithoutValidation("Calendly-Webhook-Signature", signature);
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }));
        await _env.SettleAsync();

        var state = await _env.EndStateAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Accepted));
            Assert.That(await _env.InboxAsync(), Has.Count.EqualTo(1));
            Assert.That(state.Count(s => s.StartsWith("appointment", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(state.Count(s => s.StartsWith("prospect", StringComparison.Ordinal)), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Shuffled_deliveries_end_in_the_same_state_as_in_order_ones()
    {
        // In order, on this organization.
        var script = await RunScriptAsync(_env, hold: false);
        var inOrder = Normalize(await _env.EndStateAsync(), script);

        // Held and released shuffled (seeded), on a second organization connected to another Calendly user.
        await using var shuffled = await WebhookTestEnvironment.StartAsync(sandbox: _env.Sandbox);
        await shuffled.ConnectAsync();
        var shuffledScript = await RunScriptAsync(shuffled, hold: true);

        Assert.That(Normalize(await shuffled.EndStateAsync(), shuffledScript), Is.EquivalentTo(inOrder));
    }

    [Test]
    public async Task A_webhook_and_a_direct_rules_call_racing_on_the_same_bookings_leave_no_duplicate()
    {
        await using var recorder = await DeliveryRecorder.SubscribeAsync(_env);
        _env.Sandbox.Webhooks.Hold();
        var bookings = Enumerable.Range(0, 5).Select(i => _env.Book($"course{i}@example.fr", Start.AddHours(i))).ToList();
        var reader = _env.Api.Services.GetRequiredService<ICalendlyWebhookPayloadReader>();

        // The sync's path is the same command: send it for every booking while the webhooks arrive.
        _env.Sandbox.Webhooks.Release(shuffle: true);
        await Eventually.ThatAsync(() => Task.FromResult(recorder.Deliveries.Count == bookings.Count));
        var direct = recorder.Deliveries.Select(async delivery =>
        {
            var booking = reader.ReadBooking(System.Text.Encoding.UTF8.GetString(delivery.Body));
            await using var scope = _env.Api.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RecordCalendlyBookingCommand(_env.OrganizationId, booking.Event, booking.Invitee));
        });
        await Task.WhenAll(direct);
        await _env.SettleAsync();

        var state = await _env.EndStateAsync();
        Assert.Multiple(() =>
        {
            Assert.That(state.Count(s => s.StartsWith("appointment", StringComparison.Ordinal)), Is.EqualTo(bookings.Count));
            Assert.That(state.Count(s => s.StartsWith("prospect", StringComparison.Ordinal)), Is.EqualTo(bookings.Count));
        });
    }

    [Test]
    public async Task Webhooks_and_the_hourly_sync_racing_on_the_same_bookings_leave_no_duplicate()
    {
        _env.Sandbox.Webhooks.Hold();
        var bookings = Enumerable.Range(0, 10).Select(i => _env.Book($"course.sync{i}@example.fr", Start.AddHours(i))).ToList();

        // Deliveries and two syncs of the organization (the job's command) all at once.
        _env.Sandbox.Webhooks.Release(shuffle: true);
        var syncs = Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var scope = _env.Api.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SyncOrganizationCommand(_env.OrganizationId));
        });
        var results = await Task.WhenAll(syncs);
        await _env.SettleAsync();

        var state = await _env.EndStateAsync();
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Status), Has.Some.EqualTo(SyncOrganizationStatus.Succeeded));
            Assert.That(state.Count(s => s.StartsWith("appointment", StringComparison.Ordinal)), Is.EqualTo(bookings.Count));
            Assert.That(state.Count(s => s.StartsWith("prospect", StringComparison.Ordinal)), Is.EqualTo(bookings.Count));
        });
    }

    [Test]
    public async Task Logs_never_carry_a_signature_or_the_signing_key()
    {
        await using var recorder = await DeliveryRecorder.SubscribeAsync(_env);
        var booking = _env.Book("secret@example.fr", Start);
        _env.Sandbox.Seed.CancelInvitee(booking.InviteeUuid, new CancelRequest("Non"));
        await _env.SettleAsync();

        var lines = _env.Logs.Lines.ToList();
        Assert.That(lines, Is.Not.Empty);
        Assert.That(lines, Has.None.Contains(_env.Client.SigningKey));
        foreach (var (_, signature) in recorder.Deliveries)
        {
            var v1 = signature[(signature.IndexOf("v1=", StringComparison.Ordinal) + 3)..];
            Assert.That(lines, Has.None.Contains(v1));
        }
    }

    /// <summary>Two people, a cancellation, a reschedule; returns the invitee URIs in script order for normalization.</summary>
    private static async Task<List<string>> RunScriptAsync(WebhookTestEnvironment env, bool hold)
    {
        if (hold)
        {
            env.Sandbox.Webhooks.Hold();
        }

        var first = env.Book("ordre.a@example.fr", Start);
        var second = env.Book("ordre.b@example.fr", Start.AddHours(1));
        env.Sandbox.Seed.CancelInvitee(first.InviteeUuid, new CancelRequest("Empêchement"));
        var moved = env.Sandbox.Seed.Reschedule(second.InviteeUuid, new RescheduleRequest(Start.AddDays(2)));
        if (hold)
        {
            Assert.That(env.Sandbox.Webhooks.Release(shuffle: true), Is.EqualTo(5), "two bookings, a cancellation, a reschedule's two halves");
        }

        await env.SettleAsync();
        return [first.InviteeUri, first.EventUri, second.InviteeUri, second.EventUri, moved.InviteeUri, moved.EventUri];
    }

    private static List<string> Normalize(List<string> state, List<string> uris) =>
        [.. state.Select(line => uris.Select((uri, i) => (uri, i)).Aggregate(line, (text, u) => text.Replace(u.uri, $"<{u.i}>", StringComparison.Ordinal)))];
}
