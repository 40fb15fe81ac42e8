using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Domain.Calendly;
using Velvena.Infrastructure.Calendly.Webhooks;
using Velvena.Infrastructure.Persistence;

namespace Velvena.IntegrationTests.Calendly.Webhooks;

/// <summary>
/// Real deliveries whose processing keeps failing (every appointment write refused), retried by the real inbox sweep on
/// the API's Hangfire server: bounded, backed off, given up visibly, and tried again on an admin's manual sync.
/// </summary>
[TestFixture]
public sealed class WebhookRetryLimitTests
{
    private static readonly DateTimeOffset Start = new(2030, 7, 8, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task A_delivery_that_keeps_failing_is_given_up_after_the_maximum_attempts_logged_at_error_and_counted_in_the_status()
    {
        var failure = new AppointmentWriteFailure();
        await using var env = await StartAsync(failure, maxAttempts: 3, retryAfter: "00:00:00");
        await env.ConnectAsync();
        failure.Arm();

        env.Book("echec.durable@example.fr", Start);
        await env.Sandbox.Webhooks.WaitForIdleAsync();
        await Eventually.ThatAsync(async () => (await env.InboxAsync()).Single().Attempts == 1, because: "the in-process attempt fails");
        await SweepAsync(env);
        await SweepAsync(env);
        var entry = (await env.InboxAsync()).Single();
        await SweepAsync(env);
        var afterAnotherSweep = (await env.InboxAsync()).Single();

        using var client = env.CreateClient();
        using var statusResponse = await client.GetAsync("integrations/calendly");
        var webhook = (await statusResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhook");
        var errors = env.Logs.Lines.Where(l => l.StartsWith("Error ", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(entry.Outcome, Is.EqualTo(CalendlyWebhookInboxOutcome.GaveUp));
            Assert.That(entry.Attempts, Is.EqualTo(3));
            Assert.That(entry.ProcessedAtUtc, Is.Not.Null);
            Assert.That(entry.NextAttemptAtUtc, Is.Null);
            Assert.That(entry.OrganizationId, Is.EqualTo(env.OrganizationId));
            Assert.That(entry.LastError, Does.Contain("Injected failure"));
            Assert.That(afterAnotherSweep.Attempts, Is.EqualTo(3), "a given-up delivery is not retried on its own");
            Assert.That(statusResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(webhook.GetProperty("failedDeliveries").GetInt32(), Is.EqualTo(1));
            Assert.That(webhook.GetProperty("retryingDeliveries").GetInt32(), Is.EqualTo(0));
            Assert.That(env.Sandbox.Webhooks.DeliveryLog.Select(d => d.StatusCode), Is.All.EqualTo(202), "Calendly's delivery was acknowledged");
            Assert.That(errors, Has.One.Contains(entry.Id.ToString()).And.Contains("Gave up"));
            Assert.That(errors, Has.None.Contains("echec.durable@example.fr"), "the payload's personal data is not logged");
            Assert.That(env.Logs.Lines, Has.None.Contains(env.Client.SigningKey));
        });
    }

    [Test]
    public async Task Failed_attempts_are_retried_with_a_growing_back_off()
    {
        var failure = new AppointmentWriteFailure();
        await using var env = await StartAsync(failure, maxAttempts: 5, retryAfter: "00:00:01");
        await env.ConnectAsync();
        failure.Arm();

        var booked = DateTime.UtcNow;
        env.Book("patience@example.fr", Start);
        await env.Sandbox.Webhooks.WaitForIdleAsync();
        await Eventually.ThatAsync(async () => (await env.InboxAsync()).Single().Attempts == 1, because: "the in-process attempt fails");
        var first = (await env.InboxAsync()).Single();
        Assert.That(first.NextAttemptAtUtc, Is.InRange(booked.AddSeconds(1), DateTime.UtcNow.AddSeconds(1)), "1 s after the first failure");

        var second = await SweepWhenDueAsync(env, first);
        var third = await SweepWhenDueAsync(env, second.Entry);
        await SweepAsync(env);
        var notYetDue = (await env.InboxAsync()).Single();

        using var client = env.CreateClient();
        var webhook = (await client.GetFromJsonAsync<JsonElement>("integrations/calendly")).GetProperty("webhook");
        Assert.Multiple(() =>
        {
            Assert.That(second.Entry.Attempts, Is.EqualTo(2));
            Assert.That(second.Entry.NextAttemptAtUtc, Is.InRange(second.Before.AddSeconds(2), second.After.AddSeconds(2)), "twice as late after the second");
            Assert.That(third.Entry.Attempts, Is.EqualTo(3));
            Assert.That(third.Entry.NextAttemptAtUtc, Is.InRange(third.Before.AddSeconds(4), third.After.AddSeconds(4)), "twice as late again");
            Assert.That(notYetDue.Attempts, Is.EqualTo(3), "the sweep leaves an entry alone until its back-off has passed");
            Assert.That(notYetDue.Outcome, Is.Null);
            Assert.That(webhook.GetProperty("retryingDeliveries").GetInt32(), Is.EqualTo(1));
            Assert.That(webhook.GetProperty("failedDeliveries").GetInt32(), Is.EqualTo(0));
        });
    }

    [Test]
    public async Task The_manual_sync_requeues_given_up_deliveries_and_they_are_recorded_once()
    {
        var failure = new AppointmentWriteFailure();
        await using var env = await StartAsync(failure, maxAttempts: 1, retryAfter: "00:00:00");
        await env.ConnectAsync();
        failure.Arm();
        var booking = env.Book("seconde.chance@example.fr", Start);
        await env.Sandbox.Webhooks.WaitForIdleAsync();
        await Eventually.ThatAsync(
            async () => (await env.InboxAsync()).Single().Outcome == CalendlyWebhookInboxOutcome.GaveUp, because: "a single attempt is allowed");

        failure.Disarm();
        using var client = env.CreateClient();
        using var response = await client.PostAsync("integrations/calendly/sync", null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        await Eventually.ThatAsync(
            async () => (await env.InboxAsync()).Single().Outcome == CalendlyWebhookInboxOutcome.Recorded, because: "the requeued delivery is applied");
        var jobId = body.GetProperty("jobId").GetString()!;
        await Eventually.ThatAsync(() => Task.FromResult(JobState(env, jobId) == "Succeeded"), TimeSpan.FromSeconds(30), "the sync job ends");

        var webhook = (await client.GetFromJsonAsync<JsonElement>("integrations/calendly")).GetProperty("webhook");
        var state = await env.EndStateAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(body.GetProperty("requeuedDeliveries").GetInt32(), Is.EqualTo(1));
            Assert.That(webhook.GetProperty("failedDeliveries").GetInt32(), Is.EqualTo(0));
            Assert.That(state.Where(s => s.StartsWith("appointment", StringComparison.Ordinal)), Has.One.Contains(booking.InviteeUri),
                "the delivery and the sync both applied it: one appointment");
            Assert.That(state.Count(s => s.StartsWith("prospect", StringComparison.Ordinal)), Is.EqualTo(1));
        });
    }

    private static Task<WebhookTestEnvironment> StartAsync(AppointmentWriteFailure failure, int maxAttempts, string retryAfter) =>
        WebhookTestEnvironment.StartAsync(
            new Dictionary<string, string?>
            {
                ["Calendly:Webhooks:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Calendly:Webhooks:RetryAfter"] = retryAfter,

                // Never due while tests run: each test runs the sweep itself, through Hangfire.
                ["Calendly:Webhooks:InboxSweepCron"] = "0 0 1 1 *",
            },
            configureServices: services => services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(failure)));

    /// <summary>Waits for the entry's back-off to pass, then runs the sweep; returns the entry and when the sweep ran.</summary>
    private static async Task<(CalendlyWebhookInboxEntry Entry, DateTime Before, DateTime After)> SweepWhenDueAsync(WebhookTestEnvironment env, CalendlyWebhookInboxEntry entry)
    {
        var wait = entry.NextAttemptAtUtc!.Value - DateTime.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait + TimeSpan.FromMilliseconds(50));
        }

        var before = DateTime.UtcNow;
        await SweepAsync(env);
        var after = DateTime.UtcNow;
        return ((await env.InboxAsync()).Single(), before, after);
    }

    /// <summary>Runs the recurring <c>calendly-webhook-inbox</c> job now on the API's Hangfire server and waits for it.</summary>
    private static async Task SweepAsync(WebhookTestEnvironment env)
    {
        var jobId = env.Api.Services.GetRequiredService<IRecurringJobManagerV2>().TriggerJob(CalendlyWebhookInboxSweepJob.RecurringJobId);
        await Eventually.ThatAsync(() => Task.FromResult(JobState(env, jobId) == "Succeeded"), TimeSpan.FromSeconds(30), "the inbox sweep job ends");
    }

    private static string? JobState(WebhookTestEnvironment env, string jobId)
    {
        using var connection = env.Api.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }
}
