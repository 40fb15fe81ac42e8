using System.Net.Http.Json;
using System.Text.Json;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Velvena.Application.Calendly.Webhooks.Models;
using Velvena.Application.Calendly.Webhooks.Health;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.State;
using Velvena.Domain.Calendly;
using Velvena.Infrastructure.Calendly.Webhooks;

namespace Velvena.IntegrationTests.Calendly.Webhooks;

/// <summary>
/// <c>Calendly:Webhooks:Scope=Organization</c> through the real connect flow: an admin's subscription covers every host
/// of the Calendly organization; a plain user's is refused by Calendly (403) and falls back to user scope.
/// </summary>
[TestFixture]
public sealed class WebhookOrganizationScopeTests
{
    private static readonly DateTimeOffset Start = new(2030, 9, 16, 15, 0, 0, TimeSpan.Zero);
    private static readonly int[] RefusedThenCreated = [403, 201];
    private static readonly Dictionary<string, string?> OrganizationScope = new() { ["Calendly:Webhooks:Scope"] = "Organization" };

    [Test]
    public async Task An_admin_gets_an_organization_subscription_and_another_hosts_booking_becomes_a_prospect_by_webhook()
    {
        await using var env = await WebhookTestEnvironment.StartAsync(OrganizationScope);
        var colleague = env.Sandbox.Seed.CreateUser(new NewUser("Léa Vendeuse", $"lea.{Guid.NewGuid():N}@velvena.example", env.Owner.OrganizationUuid, UserRole.User));
        await env.ConnectAsync();

        var booking = env.Sandbox.Seed.Book(new NewBooking(
            new NewInvitee("cliente.de.lea@example.fr", FirstName: "Inès", LastName: "Moreau", TextReminderNumber: "+33 6 98 76 54 32"), Start, Host: colleague.Uuid));
        await env.SettleAsync();

        var subscription = env.Sandbox.State.ListWebhookSubscriptions().Single();
        var entry = (await env.InboxAsync()).Single();
        var status = await StatusAsync(env);
        var state = await env.EndStateAsync();
        Assert.Multiple(() =>
        {
            Assert.That(subscription.Scope, Is.EqualTo("organization"));
            Assert.That(subscription.UserUuid, Is.Null);
            Assert.That(subscription.OrganizationUuid, Is.EqualTo(env.Owner.OrganizationUuid));
            Assert.That(subscription.CreatorUuid, Is.EqualTo(env.Owner.Uuid));
            Assert.That(status.GetProperty("state").GetString(), Is.EqualTo("Active"));
            Assert.That(status.GetProperty("scope").GetString(), Is.EqualTo("Organization"));
            Assert.That(entry.Outcome, Is.EqualTo(CalendlyWebhookInboxOutcome.Recorded));
            Assert.That(entry.OrganizationId, Is.EqualTo(env.OrganizationId));
            Assert.That(state, Has.One.StartsWith("prospect cliente.de.lea@example.fr Inès Moreau +33698765432"));
            Assert.That(state, Has.One.Contains(booking.InviteeUri).And.Contains("Scheduled"));
        });

        // The colleague's customer cancels: that arrives the same way; the subscription stays as it is.
        env.Sandbox.Seed.CancelInvitee(booking.InviteeUuid, new CancelRequest("Empêchement"));
        await env.SettleAsync();
        CheckCalendlyWebhookResult check;
        await using (var scope = env.Api.Services.CreateAsyncScope())
        {
            check = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CheckCalendlyWebhookCommand(env.OrganizationId));
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await env.EndStateAsync(), Has.One.Contains(booking.InviteeUri).And.Contains("Canceled"));
            Assert.That(check.Recreated, Is.False);
            Assert.That(env.Sandbox.State.ListWebhookSubscriptions().Single().Uuid, Is.EqualTo(subscription.Uuid));
        });

        // Disconnecting removes the organization subscription at Calendly (an admin may).
        using var client = env.CreateClient();
        using var disconnect = await client.DeleteAsync("auth/calendly");
        var afterDisconnect = await StatusAsync(env);
        Assert.Multiple(() =>
        {
            Assert.That((int)disconnect.StatusCode, Is.EqualTo(204));
            Assert.That(env.Sandbox.State.ListWebhookSubscriptions(), Is.Empty);
            Assert.That(afterDisconnect.GetProperty("state").GetString(), Is.EqualTo("None"));
            Assert.That(afterDisconnect.GetProperty("scope").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task A_user_who_is_not_a_calendly_admin_falls_back_to_a_user_subscription_and_the_status_says_so()
    {
        await using var sandbox = await WebhookTestEnvironment.StartSandboxAsync();
        var calendlyOrganization = sandbox.Seed.CreateOrganization(new NewOrganization("Maison Calendly")).Uuid;
        var admin = sandbox.Seed.CreateUser(new NewUser("Camille Gérante", $"camille.{Guid.NewGuid():N}@velvena.example", calendlyOrganization, UserRole.Owner));
        var member = sandbox.Seed.CreateUser(new NewUser("Hugo Vendeur", $"hugo.{Guid.NewGuid():N}@velvena.example", calendlyOrganization, UserRole.User));
        await using var env = await WebhookTestEnvironment.StartAsync(OrganizationScope, sandbox: sandbox, owner: member);

        await env.ConnectAsync();
        var own = env.Book("client.de.hugo@example.fr", Start);
        sandbox.Seed.Book(new NewBooking(new NewInvitee("client.de.camille@example.fr", FirstName: "Paul", LastName: "Roux"), Start.AddHours(1), Host: admin.Uuid));
        await env.SettleAsync();

        // The health job keeps the user subscription: no new organization-scope attempt every 15 minutes.
        CheckCalendlyWebhookResult check;
        await using (var scope = env.Api.Services.CreateAsyncScope())
        {
            check = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CheckCalendlyWebhookCommand(env.OrganizationId));
        }

        var subscription = sandbox.State.ListWebhookSubscriptions().Single();
        var status = await StatusAsync(env);
        var state = await env.EndStateAsync();
        var refused = sandbox.Requests.Entries.Where(r => r.Method == "POST" && r.Path == "/webhook_subscriptions").Select(r => r.StatusCode).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(refused, Is.EqualTo(RefusedThenCreated), "organization scope refused, then user scope created");
            Assert.That(subscription.Scope, Is.EqualTo("user"));
            Assert.That(subscription.UserUuid, Is.EqualTo(member.Uuid));
            Assert.That(check.Recreated, Is.False);
            Assert.That(check.State, Is.EqualTo(Velvena.Domain.Organizations.WebhookSubscriptionState.Active));
            Assert.That(status.GetProperty("state").GetString(), Is.EqualTo("Active"));
            Assert.That(status.GetProperty("scope").GetString(), Is.EqualTo("User"));
            Assert.That(state, Has.One.Contains(own.InviteeUri).And.Contains("Scheduled"));
            Assert.That(state, Has.None.Contains("client.de.camille@example.fr"), "another host's booking is not delivered to a user subscription");
            Assert.That(env.Logs.Lines, Has.Some.Contains("refused an organization-scope webhook subscription"));
        });
    }

    [Test]
    public async Task An_admin_who_switches_to_organization_scope_gets_an_organization_subscription_on_reconnect()
    {
        await using var env = await WebhookTestEnvironment.StartAsync();
        var colleague = env.Sandbox.Seed.CreateUser(new NewUser("Léa Vendeuse", $"lea.{Guid.NewGuid():N}@velvena.example", env.Owner.OrganizationUuid, UserRole.User));
        await env.ConnectAsync();
        var before = env.Sandbox.State.ListWebhookSubscriptions().Single();

        env.Api.Services.GetRequiredService<IOptions<CalendlyWebhookOptions>>().Value.Scope = CalendlyWebhookScope.Organization;
        await env.ConnectAsync();
        var booking = env.Sandbox.Seed.Book(new NewBooking(new NewInvitee("apres.bascule@example.fr", FirstName: "Nora", LastName: "Petit"), Start, Host: colleague.Uuid));
        await env.SettleAsync();

        var after = env.Sandbox.State.ListWebhookSubscriptions().Single();
        var status = await StatusAsync(env);
        Assert.Multiple(async () =>
        {
            Assert.That(before.Scope, Is.EqualTo("user"));
            Assert.That(after.Scope, Is.EqualTo("organization"));
            Assert.That(after.Uuid, Is.Not.EqualTo(before.Uuid));
            Assert.That(status.GetProperty("scope").GetString(), Is.EqualTo("Organization"));
            Assert.That(status.GetProperty("subscriptionUri").GetString(), Is.EqualTo(env.Sandbox.Urls.WebhookSubscription(after.Uuid)));
            Assert.That(await env.EndStateAsync(), Has.One.Contains(booking.InviteeUri).And.Contains("Scheduled"));
        });
    }

    private static async Task<JsonElement> StatusAsync(WebhookTestEnvironment env)
    {
        using var client = env.CreateClient();
        using var response = await client.GetAsync("integrations/calendly");
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhook");
    }
}
