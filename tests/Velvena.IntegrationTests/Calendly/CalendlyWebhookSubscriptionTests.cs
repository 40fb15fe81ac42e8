using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Models;
using Velvena.CalendlySandbox.Faults;
using Velvena.IntegrationTests.Calendly.Support;

namespace Velvena.IntegrationTests.Calendly;

[TestFixture]
public sealed class CalendlyWebhookSubscriptionTests
{
    private static readonly string[] InviteeEvents = ["invitee.created", "invitee.canceled"];

    private CalendlyClientHarness _harness = null!;

    [SetUp]
    public async Task StartSandbox()
    {
        _harness = await CalendlyClientHarness.StartAsync();
        _harness.UseOwnerToken();
    }

    [TearDown]
    public async Task StopSandbox() => await _harness.DisposeAsync();

    [Test]
    public async Task A_subscription_is_created_listed_read_and_deleted()
    {
        var created = await _harness.Gateway.CreateWebhookSubscriptionAsync(_harness.OrganizationId, Request("http://127.0.0.1:5080/webhooks/calendly"), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(created.CallbackUrl, Is.EqualTo("http://127.0.0.1:5080/webhooks/calendly"));
            Assert.That(created.State, Is.EqualTo("active"));
            Assert.That(created.Scope, Is.EqualTo("organization"));
            Assert.That(created.OrganizationUri, Is.EqualTo(_harness.OrganizationUri));
            Assert.That(created.Events, Is.EquivalentTo(InviteeEvents));
        });

        var listed = await ListAsync();
        Assert.That(listed.Select(s => s.Uri), Is.EqualTo(new[] { created.Uri }));

        var read = await _harness.Gateway.GetWebhookSubscriptionAsync(_harness.OrganizationId, created.Uri, CancellationToken.None);
        Assert.That(read?.Uri, Is.EqualTo(created.Uri));

        await _harness.Gateway.DeleteWebhookSubscriptionAsync(_harness.OrganizationId, created.Uri, CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(await ListAsync(), Is.Empty);
            Assert.That(await _harness.Gateway.GetWebhookSubscriptionAsync(_harness.OrganizationId, created.Uri, CancellationToken.None), Is.Null);
        });
    }

    [Test]
    public async Task Deleting_a_missing_subscription_is_not_an_error()
    {
        await _harness.Gateway.DeleteWebhookSubscriptionAsync(
            _harness.OrganizationId, _harness.Sandbox.Urls.WebhookSubscription(Guid.NewGuid()), CancellationToken.None);

        Assert.That(_harness.ApiRequests.Requests.Single().StatusCode, Is.EqualTo(404));
    }

    [Test]
    public async Task A_second_subscription_for_the_same_url_is_a_conflict()
    {
        await _harness.Gateway.CreateWebhookSubscriptionAsync(_harness.OrganizationId, Request("http://127.0.0.1:5080/hooks/a"), CancellationToken.None);

        var conflict = Assert.ThrowsAsync<CalendlyConflictException>(() =>
            _harness.Gateway.CreateWebhookSubscriptionAsync(_harness.OrganizationId, Request("http://127.0.0.1:5080/hooks/a"), CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(conflict!.StatusCode, Is.EqualTo(409));
            Assert.That(conflict.Message, Does.Contain("Already Exists"));
        });
    }

    [Test]
    public async Task Listing_follows_every_page()
    {
        for (var i = 0; i < 105; i++)
        {
            await _harness.Gateway.CreateWebhookSubscriptionAsync(_harness.OrganizationId, Request($"http://127.0.0.1:5080/hooks/{i}"), CancellationToken.None);
        }

        var listed = await ListAsync();

        Assert.That(listed.Select(s => s.CallbackUrl).Distinct().Count(), Is.EqualTo(105));
    }

    [Test]
    public async Task A_create_rejected_with_a_stale_token_is_resent_with_its_body_after_the_refresh()
    {
        var fresh = _harness.Tokens.Current;
        _harness.Tokens.Current = "stale-access-token-0004";
        _harness.Tokens.QueueRefreshedToken(fresh);

        var created = await _harness.Gateway.CreateWebhookSubscriptionAsync(_harness.OrganizationId, Request("http://127.0.0.1:5080/hooks/retried"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(created.CallbackUrl, Is.EqualTo("http://127.0.0.1:5080/hooks/retried"));
            Assert.That(_harness.ApiRequests.Requests.Select(r => r.StatusCode), Is.EqualTo(new int?[] { 401, 201 }));
        });
    }

    [Test]
    public void A_create_that_meets_a_server_error_is_not_retried()
    {
        _harness.Sandbox.Faults.Configure(new FaultSettings { ServerErrorShare = 1 });

        var unavailable = Assert.ThrowsAsync<CalendlyUnavailableException>(() =>
            _harness.Gateway.CreateWebhookSubscriptionAsync(_harness.OrganizationId, Request("http://127.0.0.1:5080/hooks/b"), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(unavailable!.StatusCode, Is.EqualTo(500));
            Assert.That(_harness.ApiRequests.Count(HttpMethod.Post, "/webhook_subscriptions"), Is.EqualTo(1));
        });
    }

    private CalendlyWebhookSubscriptionRequest Request(string callbackUrl) =>
        new(callbackUrl, InviteeEvents, _harness.OrganizationUri, "organization", null);

    private async Task<List<CalendlyWebhookSubscription>> ListAsync()
    {
        var listed = new List<CalendlyWebhookSubscription>();
        await foreach (var subscription in _harness.Gateway.ListWebhookSubscriptionsAsync(
            _harness.OrganizationId, _harness.OrganizationUri, "organization", null, CancellationToken.None))
        {
            listed.Add(subscription);
        }

        return listed;
    }
}
