using Velvena.Application.Calendly.Sync.SyncOrganization;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.State;
using Velvena.IntegrationTests.Calendly.Sync.Support;

namespace Velvena.IntegrationTests.Calendly.Sync;

public sealed class SyncScopeTests
{
    [Test]
    public async Task Organization_scope_reads_every_member_for_an_admin_and_falls_back_to_the_user_otherwise()
    {
        await using var host = await SyncTestHost.StartAsync(new Dictionary<string, string?> { ["Calendly:Sync:Scope"] = "Organization" });
        var calendlyOrganization = host.Sandbox.Seed.CreateOrganization(new NewOrganization("Maison Calendly")).Uuid;
        var admin = await host.ConnectAsync("Boutique Admin", calendlyOrganization: calendlyOrganization);
        var member = await host.ConnectAsync("Boutique Membre", calendlyOrganization: calendlyOrganization, role: UserRole.User);
        host.Book(admin, SyncTestHost.Tomorrow(), "a@exemple.fr");
        host.Book(member, SyncTestHost.Tomorrow(60), "b@exemple.fr");

        host.Sandbox.Requests.Clear();
        var whole = await host.SyncAsync(admin.OrganizationId);
        Assert.That(whole.Status, Is.EqualTo(SyncOrganizationStatus.Succeeded));
        Assert.That(whole.Counts.EventsRead, Is.EqualTo(2), "the admin sees the member's event too");
        Assert.That(host.Sandbox.Requests.Entries[0].QueryString, Does.Contain("organization=").And.Not.Contain("user="));

        host.Sandbox.Requests.Clear();
        var own = await host.SyncAsync(member.OrganizationId);
        Assert.That(own.Status, Is.EqualTo(SyncOrganizationStatus.Succeeded));
        Assert.That(own.Counts.EventsRead, Is.EqualTo(1), "a non-admin falls back to its own events");
        Assert.That(host.Sandbox.Requests.Entries[0].StatusCode, Is.EqualTo(403));
        Assert.That(host.Sandbox.Requests.Entries[1].StatusCode, Is.EqualTo(200));
        Assert.That(host.Sandbox.Requests.Entries[1].QueryString, Does.Contain("user="));
    }
}
