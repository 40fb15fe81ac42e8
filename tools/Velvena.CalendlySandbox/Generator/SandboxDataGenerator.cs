using Velvena.CalendlySandbox.Api.Common;
using Velvena.CalendlySandbox.Hosting;
using Velvena.CalendlySandbox.Json;
using Velvena.CalendlySandbox.State;
using Velvena.CalendlySandbox.Webhooks;

namespace Velvena.CalendlySandbox.Generator;

/// <summary>Bulk, deterministic (given a seed) test data written straight into state, without webhooks unless asked.</summary>
public sealed class SandboxDataGenerator(SandboxState state, SandboxOptions options, SandboxUrls urls, ResourceRenderer renderer, WebhookDispatcher webhooks)
{
    private static readonly string[] FirstNames = ["Camille", "Léa", "Hugo", "Chloé", "Louis", "Inès", "Jules", "Manon", "Arthur", "Zoé"];
    private static readonly string[] LastNames = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"];

    private static readonly EventLocation[] Locations =
    [
        new("physical", "12 rue de Rivoli, Paris"),
        new("outbound_call", "+33 6 12 34 56 78"),
        new("inbound_call", "+33 1 23 45 67 89"),
        new("ask_invitee", "Chez le client"),
        new("custom", "Showroom"),
        new("zoom", Status: "pushed", JoinUrl: "https://zoom.us/j/123456789"),
        new("google_conference", Status: "pushed", JoinUrl: "https://meet.google.com/abc-defg-hij"),
        new("microsoft_teams_conference", Status: "pushed", JoinUrl: "https://teams.microsoft.com/l/meetup-join/sandbox"),
        new("gotomeeting", Status: "pushed", JoinUrl: "https://meet.goto.com/123456789"),
        new("webex_conference", Status: "pushed", JoinUrl: "https://sandbox.webex.com/meet/sandbox"),
    ];

    public GenerationResult Generate(GenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Organizations);
        ArgumentOutOfRangeException.ThrowIfNegative(request.EventsPerOrganization);
        ArgumentOutOfRangeException.ThrowIfNegative(request.InviteesPerEvent);

        // Seeded Random makes generated data reproducible; nothing here is secret.
#pragma warning disable CA5394
        var random = request.Seed is { } seed ? new Random(seed) : new Random();
        var now = CalendlyTime.TruncateToMicroseconds(options.TimeProvider.GetUtcNow());
        var firstStart = CalendlyTime.TruncateToMicroseconds(request.FirstStartTime ?? now.Date.AddDays(1).AddHours(8));
        var organizations = new List<Guid>(request.Organizations);
        var owners = new List<Guid>(request.Organizations);
        var notifications = new List<WebhookNotification>();

        state.Write(s =>
        {
            for (var o = 0; o < request.Organizations; o++)
            {
                var organization = new SandboxOrganization { Uuid = NewGuid(random), Name = $"Generated Org {o + 1}", CreatedAt = now };
                s.Organizations[organization.Uuid] = organization;
                var owner = new SandboxUser
                {
                    Uuid = NewGuid(random),
                    OrganizationUuid = organization.Uuid,
                    Name = $"Owner {o + 1}",
                    Slug = $"owner-{o + 1}-{organization.Uuid:N}",
                    Email = $"owner{o + 1}@org{o + 1}.example",
                    Timezone = "Europe/Paris",
                    Locale = "fr",
                    TimeNotation = "24h",
                    Role = UserRole.Owner,
                    CreatedAt = now,
                };
                s.Users[owner.Uuid] = owner;
                var eventType = new EventType
                {
                    Uuid = NewGuid(random),
                    OwnerUuid = owner.Uuid,
                    Name = "Rendez-vous",
                    DurationMinutes = 30,
                    InviteeLimit = Math.Max(1, request.InviteesPerEvent),
                    DefaultLocation = Locations[0],
                };
                s.EventTypes[eventType.Uuid] = eventType;
                organizations.Add(organization.Uuid);
                owners.Add(owner.Uuid);

                for (var e = 0; e < request.EventsPerOrganization; e++)
                {
                    var start = firstStart.AddMinutes(30L * e);
                    var scheduledEvent = new ScheduledEvent
                    {
                        Uuid = NewGuid(random),
                        OrganizationUuid = organization.Uuid,
                        HostUuid = owner.Uuid,
                        EventTypeUuid = eventType.Uuid,
                        Name = eventType.Name,
                        StartTime = start,
                        EndTime = start.AddMinutes(30),
                        Location = Locations[random.Next(Locations.Length)],
                        InviteeLimit = eventType.InviteeLimit,
                        CreatedAt = now,
                        UpdatedAt = now,
                    };
                    s.AddEvent(scheduledEvent);
                    for (var k = 0; k < request.InviteesPerEvent; k++)
                    {
                        var first = FirstNames[random.Next(FirstNames.Length)];
                        var last = LastNames[random.Next(LastNames.Length)];
                        var invitee = new Invitee
                        {
                            Uuid = NewGuid(random),
                            Event = scheduledEvent,
                            Email = $"invitee{e}-{k}@org{o + 1}.example",
                            Name = $"{first} {last}",
                            FirstName = first,
                            LastName = last,
                            Timezone = "Europe/Paris",
                            TextReminderNumber = k % 2 == 0 ? "+33 6 00 00 00 00" : null,
                            CreatedAt = now,
                            UpdatedAt = now,
                        };
                        scheduledEvent.Invitees.Add(invitee);
                        s.Invitees[invitee.Uuid] = invitee;
                        if (request.SendWebhooks)
                        {
                            notifications.Add(new WebhookNotification(
                                WebhookEventNames.InviteeCreated, scheduledEvent, urls.Invitee(scheduledEvent.Uuid, invitee.Uuid),
                                renderer.InviteePayload(invitee, owner), now));
                        }
                    }
                }
            }

            return 0;
        });
#pragma warning restore CA5394

        webhooks.Publish(notifications);
        return new GenerationResult(
            organizations,
            owners,
            request.Organizations * request.EventsPerOrganization,
            request.Organizations * request.EventsPerOrganization * request.InviteesPerEvent);
    }

#pragma warning disable CA5394
    private static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
#pragma warning restore CA5394
}
