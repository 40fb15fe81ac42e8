using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Control;

/// <summary>The default organization, owner, OAuth client and event types of a standalone sandbox.</summary>
public static class DemoSeeder
{
    public static DemoSeed Seed(SandboxSeeder seeder, DemoSeedSettings settings)
    {
        ArgumentNullException.ThrowIfNull(seeder);
        ArgumentNullException.ThrowIfNull(settings);
        var organization = seeder.CreateOrganization(new NewOrganization(settings.OrganizationName));
        var owner = seeder.CreateUser(new NewUser(settings.UserName, settings.UserEmail, organization.Uuid, UserRole.Owner));
        var client = seeder.CreateOAuthClient(new NewOAuthClient(
            settings.ClientId, settings.ClientSecret, [settings.RedirectUri], NewOAuthClient.AllProjectScopes, settings.SigningKey, settings.AutoApprove, owner.Uuid));
        var oneToOne = seeder.CreateEventType(new NewEventType(owner.Uuid, "Rendez-vous découverte", 30, 1, new EventLocation("outbound_call")));
        var group = seeder.CreateEventType(new NewEventType(owner.Uuid, "Atelier collectif", 60, 10, new EventLocation("physical", "12 rue de Rivoli, 75001 Paris")));
        return new DemoSeed(organization, owner, client, oneToOne, group);
    }
}
