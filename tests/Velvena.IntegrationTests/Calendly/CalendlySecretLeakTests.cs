using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Models;
using Velvena.CalendlySandbox.Faults;
using Velvena.IntegrationTests.Calendly.Support;

namespace Velvena.IntegrationTests.Calendly;

[TestFixture]
public sealed class CalendlySecretLeakTests
{
    [Test]
    public async Task No_exception_or_log_line_contains_a_token_a_code_or_the_client_secret()
    {
        await using var harness = await CalendlyClientHarness.StartAsync();
        var failures = new List<Exception>();

        var verifier = Pkce.NewVerifier();
        var (code, _) = await AuthorizeBrowser.AuthorizeAsync(harness.AuthorizationServer.BuildAuthorizationUrl("leak-state", Pkce.Challenge(verifier)));
        var grant = await harness.AuthorizationServer.ExchangeCodeAsync(code, verifier, CancellationToken.None);
        var refreshed = await harness.AuthorizationServer.RefreshAsync(grant.RefreshToken, CancellationToken.None);
        var secrets = new[] { code, verifier, grant.AccessToken, grant.RefreshToken, refreshed.AccessToken, refreshed.RefreshToken, CalendlyClientHarness.ClientSecret };

        await Capture(failures, () => harness.AuthorizationServer.ExchangeCodeAsync(code, verifier, CancellationToken.None));
        await Capture(failures, () => harness.AuthorizationServer.RefreshAsync(grant.RefreshToken, CancellationToken.None));

        harness.Tokens.Current = grant.AccessToken;
        harness.Tokens.QueueRefreshedToken(refreshed.AccessToken);
        await harness.AuthorizationServer.RevokeAsync(grant.AccessToken, CancellationToken.None);
        await harness.Gateway.GetCurrentUserAsync(harness.OrganizationId, CancellationToken.None);
        await Capture(failures, () => harness.Gateway.GetCurrentUserAsync(grant.AccessToken, CancellationToken.None));

        var request = new CalendlyWebhookSubscriptionRequest("http://127.0.0.1:5080/hooks/leak", ["invitee.created"], harness.OrganizationUri, "organization", null);
        await harness.Gateway.CreateWebhookSubscriptionAsync(harness.OrganizationId, request, CancellationToken.None);
        await Capture(failures, () => harness.Gateway.CreateWebhookSubscriptionAsync(harness.OrganizationId, request, CancellationToken.None));

        harness.Sandbox.Faults.Configure(new FaultSettings { ServerErrorShare = 1 });
        await Capture(failures, () => harness.Gateway.GetCurrentUserAsync(harness.OrganizationId, CancellationToken.None));
        await Capture(failures, () => harness.AuthorizationServer.RefreshAsync(refreshed.RefreshToken, CancellationToken.None));
        await Capture(failures, () => harness.AuthorizationServer.RevokeAsync(refreshed.AccessToken, CancellationToken.None));
        harness.Sandbox.Faults.Reset();

        harness.Tokens.Current = harness.IssueAccessToken(["users:read"]);
        await Capture(failures, async () =>
        {
            await foreach (var unused in harness.Gateway.ListScheduledEventsAsync(
                harness.OrganizationId, new CalendlyEventQuery(null, harness.OrganizationUri, null, null), CancellationToken.None))
            {
            }
        });
        secrets = [.. secrets, harness.Tokens.Current];

        await harness.Sandbox.StopAsync();
        await Capture(failures, () => harness.AuthorizationServer.RefreshAsync(refreshed.RefreshToken, CancellationToken.None));
        await Capture(failures, () => harness.Gateway.GetCurrentUserAsync(harness.OrganizationId, CancellationToken.None));

        Assert.That(failures, Has.Count.EqualTo(10));
        Assert.That(failures, Has.All.InstanceOf<CalendlyException>());
        Assert.That(harness.Logs.Lines, Is.Not.Empty);
        var texts = failures.Select(f => f.ToString()).Concat(harness.Logs.Lines).ToList();
        foreach (var secret in secrets)
        {
            Assert.That(texts, Has.None.Contains(secret), $"a secret of length {secret.Length} leaked");
        }
    }

    private static async Task Capture(List<Exception> failures, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (CalendlyException exception)
        {
            failures.Add(exception);
        }
    }
}
