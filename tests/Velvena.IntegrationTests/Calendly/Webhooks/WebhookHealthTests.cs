using System.Net.Http.Json;
using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Calendly.Status;
using Velvena.Application.Calendly.Webhooks.Health;
using Velvena.CalendlySandbox.State;
using Velvena.Domain.Calendly;
using Microsoft.Extensions.Options;
using Velvena.Infrastructure.Calendly;
using Velvena.Infrastructure.Calendly.Webhooks;

namespace Velvena.IntegrationTests.Calendly.Webhooks;

[TestFixture]
public sealed class WebhookHealthTests
{
    private static readonly DateTimeOffset Start = new(2030, 5, 6, 14, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task A_subscription_disabled_at_Calendly_is_recreated_once_and_a_catch_up_sync_is_enqueued_for_the_organization()
    {
        await using var env = await WebhookTestEnvironment.StartAsync();
        await env.ConnectAsync();
        var original = env.Sandbox.State.ListWebhookSubscriptions().Single();
        original.State = WebhookSubscriptionState.Disabled;
        env.Book("pendant.panne@example.fr", Start);
        await env.Sandbox.Webhooks.WaitForIdleAsync();
        Assert.That(await env.InboxAsync(), Is.Empty, "a disabled subscription delivers nothing");

        // The recurring job's fan-out, then the per-organization check, through Hangfire's own job classes.
        await using (var scope = env.Api.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<CalendlyWebhookHealthJob>(scope.ServiceProvider).FanOutAsync(CancellationToken.None);
        }

        await Eventually.ThatAsync(() => Task.FromResult(CatchUpJobs(env).Contains(env.OrganizationId)), because: "a catch-up for the organization should be enqueued");
        var subscriptions = env.Sandbox.State.ListWebhookSubscriptions();
        using var client = env.CreateClient();
        var status = await client.GetFromJsonAsync<CalendlyConnectionStatusDto>("integrations/calendly");
        Assert.Multiple(() =>
        {
            Assert.That(subscriptions, Has.Count.EqualTo(1), "exactly one subscription after the repair");
            Assert.That(subscriptions.Single().Uuid, Is.Not.EqualTo(original.Uuid));
            Assert.That(subscriptions.Single().State, Is.EqualTo(WebhookSubscriptionState.Active));
            Assert.That(status!.Webhook.State, Is.EqualTo("Active"));
            Assert.That(status.Webhook.SubscriptionUri, Is.EqualTo(env.Sandbox.Urls.WebhookSubscription(subscriptions.Single().Uuid)));
        });

        // A second check finds it healthy: nothing recreated, no second catch-up.
        await using (var scope = env.Api.Services.CreateAsyncScope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CheckCalendlyWebhookCommand(env.OrganizationId));
            Assert.That(again.Recreated, Is.False);
        }

        // And deliveries flow again.
        env.Book("apres.reparation@example.fr", Start.AddHours(1));
        await env.SettleAsync();
        Assert.That((await env.InboxAsync()).Single().Outcome, Is.EqualTo(CalendlyWebhookInboxOutcome.Recorded));
    }

    [Test]
    public async Task A_subscription_that_already_exists_at_Calendly_is_adopted_on_connect()
    {
        await using var env = await WebhookTestEnvironment.StartAsync();
        await env.ConnectAsync();
        var first = env.Sandbox.State.ListWebhookSubscriptions().Single();

        // Reconnecting (the stored URI forgotten, as after a lost response) meets Calendly's 409 and adopts.
        await env.Api.WithDbAsync(async db =>
        {
            var organization = db.Organizations.Single(o => o.Id == env.OrganizationId);
            organization.Calendly.RecordWebhook(null, Velvena.Domain.Organizations.WebhookSubscriptionState.None);
            await db.SaveChangesAsync();
        });
        await env.ConnectAsync();

        using var client = env.CreateClient();
        var status = await client.GetFromJsonAsync<CalendlyConnectionStatusDto>("integrations/calendly");
        Assert.Multiple(() =>
        {
            Assert.That(env.Sandbox.State.ListWebhookSubscriptions().Select(s => s.Uuid), Is.EqualTo(Expected(first.Uuid)));
            Assert.That(status!.Webhook.State, Is.EqualTo("Active"));
            Assert.That(status.Webhook.SubscriptionUri, Is.EqualTo(env.Sandbox.Urls.WebhookSubscription(first.Uuid)));
        });
    }

    [Test]
    public async Task A_failed_subscription_does_not_fail_the_connect_and_the_health_job_creates_it_later()
    {
        // The sandbox refuses a callback URL that is not loopback (400): the subscription fails, the connect does not.
        await using var env = await WebhookTestEnvironment.StartAsync(new Dictionary<string, string?> { ["Calendly:WebhookCallbackUrl"] = "https://velvena.example/webhooks/calendly" });
        await env.ConnectAsync();
        using var client = env.CreateClient();
        var before = await client.GetFromJsonAsync<CalendlyConnectionStatusDto>("integrations/calendly");
        Assert.Multiple(() =>
        {
            Assert.That(before!.Connected, Is.True);
            Assert.That(before.Webhook.State, Is.EqualTo("Missing"));
            Assert.That(env.Sandbox.State.ListWebhookSubscriptions(), Is.Empty);
        });

        // The configuration is fixed; the next health check creates the subscription and asks for a catch-up.
        env.Api.Services.GetRequiredService<IOptions<CalendlyOptions>>().Value.WebhookCallbackUrl = env.CallbackUrl;
        await using var scope = env.Api.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CheckCalendlyWebhookCommand(env.OrganizationId));

        Assert.Multiple(() =>
        {
            Assert.That(result.Recreated, Is.True);
            Assert.That(result.CatchUpEnqueued, Is.True);
            Assert.That(env.Sandbox.State.ListWebhookSubscriptions().Single().CallbackUrl, Is.EqualTo(env.CallbackUrl));
        });
    }

    private static Guid[] Expected(params Guid[] ids) => ids;

    private static List<Guid> CatchUpJobs(WebhookTestEnvironment env)
    {
        var monitoring = env.Api.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var jobs = monitoring.EnqueuedJobs("default", 0, 100).Select(j => j.Value.Job)
            .Concat(monitoring.ProcessingJobs(0, 100).Select(j => j.Value.Job))
            .Concat(monitoring.SucceededJobs(0, 100).Select(j => j.Value.Job))
            .Concat(monitoring.FailedJobs(0, 100).Select(j => j.Value.Job));
        return [.. jobs.Where(j => j?.Type == typeof(CalendlyCatchUpSyncJob)).Select(j => (Guid)j!.Args[0])];
    }
}
