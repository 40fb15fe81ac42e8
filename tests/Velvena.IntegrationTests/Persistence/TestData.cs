using Velvena.Domain.Organizations;
using Velvena.Domain.Prospects;

namespace Velvena.IntegrationTests.Persistence;

/// <summary>Domain objects as the integration would create them.</summary>
internal static class TestData
{
    public static readonly DateTime Now = new(2026, 3, 14, 9, 30, 0, DateTimeKind.Utc);

    public static Organization ConnectedOrganization(string name = "Maison Velours")
    {
        var organization = new Organization(Guid.NewGuid(), name, Now);
        organization.Calendly.Connect(
            email: "owner@maison-velours.fr",
            userUri: "https://api.calendly.com/users/AAAA",
            organizationUri: "https://api.calendly.com/organizations/BBBB",
            encryptedAccessToken: "v1.key1.access-ciphertext",
            encryptedRefreshToken: "v1.key1.refresh-ciphertext",
            expiresAtUtc: Now.AddHours(2),
            connectedBy: "user-42",
            nowUtc: Now);
        return organization;
    }

    public static Prospect Prospect(Guid organizationId, string email = "Alice.Martin@Example.com", DateTime? createdAtUtc = null) =>
        new(Guid.NewGuid(), organizationId, "Alice", "Martin", email, "+33612345678", createdAtUtc ?? Now);

    public static Appointment Appointment(Prospect prospect, string inviteeUri, DateTime startUtc) =>
        new(
            Guid.NewGuid(),
            prospect.OrganizationId,
            prospect.Id,
            inviteeUri,
            "https://api.calendly.com/scheduled_events/EVENT1",
            "Essayage robe de mariée",
            startUtc,
            startUtc.AddHours(1),
            "12 rue de la Paix, Paris",
            Now);

    public static ProspectMetadata Metadata(string inviteeUri) => new()
    {
        CalendlyEventUri = "https://api.calendly.com/scheduled_events/EVENT1",
        CalendlyInviteeUri = inviteeUri,
        EventName = "Essayage robe de mariée",
        EventStartUtc = Now.AddDays(3),
        EventEndUtc = Now.AddDays(3).AddHours(1),
        EventLocation = "12 rue de la Paix, Paris",
        UtmSource = "instagram",
        UtmMedium = "social",
        UtmCampaign = "printemps",
        CancelUrl = "https://calendly.com/cancellations/INV1",
        RescheduleUrl = "https://calendly.com/reschedulings/INV1",
    };
}
