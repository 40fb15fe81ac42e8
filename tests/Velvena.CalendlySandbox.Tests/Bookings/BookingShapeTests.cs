using System.Text.Json.Nodes;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.Tests.Support;

namespace Velvena.CalendlySandbox.Tests.Bookings;

public sealed class BookingShapeTests
{
    private static async Task<JsonNode> ResourceAsync(SandboxSession session, string uri)
    {
        var (_, body) = await SandboxSession.GetAsync(session.Api, uri);
        return SandboxSession.Parse(body)["resource"]!;
    }

    [Test]
    public async Task Group_events_count_invitees_and_stay_active_while_someone_remains()
    {
        await using var session = await SandboxSession.StartAsync();
        var groupType = session.Host.Seed.CreateEventType(new NewEventType(session.Owner.Uuid, "Atelier", 60, InviteeLimit: 4));
        var first = session.Book(eventType: groupType.Uuid);
        var second = session.Host.Seed.AddInvitee(first.EventUuid, new NewInvitee("bob@example.com", Name: "Bob"));
        session.Host.Seed.AddInvitee(first.EventUuid, new NewInvitee("carla@example.com", Name: "Carla Maria de la Cruz"));
        var before = (await ResourceAsync(session, first.EventUri))["updated_at"]!.GetValue<string>();

        session.Host.Seed.CancelInvitee(second.InviteeUuid, new CancelRequest("Indisponible"));

        var scheduledEvent = await ResourceAsync(session, first.EventUri);
        Assert.That(scheduledEvent["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(scheduledEvent["invitees_counter"]!.ToJsonString(), Is.EqualTo("""{"total":3,"active":2,"limit":4}"""));
        Assert.That(string.CompareOrdinal(scheduledEvent["updated_at"]!.GetValue<string>(), before), Is.GreaterThanOrEqualTo(0));
        var canceled = await ResourceAsync(session, second.InviteeUri);
        Assert.That(canceled["status"]!.GetValue<string>(), Is.EqualTo("canceled"));
        Assert.That(canceled["cancellation"]!["canceler_type"]!.GetValue<string>(), Is.EqualTo("invitee"));
        Assert.That(canceled["first_name"], Is.Null);
        Assert.That(canceled["name"]!.GetValue<string>(), Is.EqualTo("Bob"));
    }

    [Test]
    public async Task Host_cancellation_cancels_every_invitee()
    {
        await using var session = await SandboxSession.StartAsync();
        var groupType = session.Host.Seed.CreateEventType(new NewEventType(session.Owner.Uuid, "Atelier", 60, InviteeLimit: 4));
        var first = session.Book(eventType: groupType.Uuid);
        var second = session.Host.Seed.AddInvitee(first.EventUuid, new NewInvitee("bob@example.com", Name: "Bob"));

        session.Host.Seed.CancelEvent(first.EventUuid, new CancelRequest("Fermeture exceptionnelle"));

        var scheduledEvent = await ResourceAsync(session, first.EventUri);
        Assert.That(scheduledEvent["status"]!.GetValue<string>(), Is.EqualTo("canceled"));
        Assert.That(scheduledEvent["cancellation"]!["canceler_type"]!.GetValue<string>(), Is.EqualTo("host"));
        Assert.That(scheduledEvent["cancellation"]!["reason"]!.GetValue<string>(), Is.EqualTo("Fermeture exceptionnelle"));
        Assert.That(scheduledEvent["invitees_counter"]!["active"]!.GetValue<int>(), Is.Zero);
        foreach (var invitee in new[] { first.InviteeUri, second.InviteeUri })
        {
            Assert.That((await ResourceAsync(session, invitee))["status"]!.GetValue<string>(), Is.EqualTo("canceled"));
        }
    }

    [Test]
    public async Task Reschedule_links_old_and_new_invitees_and_fires_canceled_then_created()
    {
        await using var session = await SandboxSession.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        using var subscribe = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(session.Api, "webhook_subscriptions", new
        {
            url = receiver.Url, events = new[] { "invitee.created", "invitee.canceled" }, organization = session.OrganizationUri, scope = "organization",
        });
        var original = session.Book();
        await session.Host.Webhooks.WaitForIdleAsync();

        var moved = session.Host.Seed.Reschedule(original.InviteeUuid, new RescheduleRequest(new DateTimeOffset(2030, 3, 1, 14, 0, 0, TimeSpan.Zero)));
        await session.Host.Webhooks.WaitForIdleAsync();

        var old = await ResourceAsync(session, original.InviteeUri);
        var replacement = await ResourceAsync(session, moved.InviteeUri);
        Assert.Multiple(() =>
        {
            Assert.That(moved.EventUuid, Is.Not.EqualTo(original.EventUuid));
            Assert.That(old["status"]!.GetValue<string>(), Is.EqualTo("canceled"));
            Assert.That(old["rescheduled"]!.GetValue<bool>(), Is.True);
            Assert.That(old["new_invitee"]!.GetValue<string>(), Is.EqualTo(moved.InviteeUri));
            Assert.That(replacement["old_invitee"]!.GetValue<string>(), Is.EqualTo(original.InviteeUri));
            Assert.That(replacement["rescheduled"]!.GetValue<bool>(), Is.False);
            Assert.That(replacement["new_invitee"], Is.Null);
        });
        var events = receiver.Received.Select(r => r.Json).ToList();
        Assert.That(events.Select(e => e["event"]!.GetValue<string>()), Is.EqualTo(new[] { "invitee.created", "invitee.canceled", "invitee.created" }));
        Assert.That(events[1]["payload"]!["new_invitee"]!.GetValue<string>(), Is.EqualTo(moved.InviteeUri));
        Assert.That(events[2]["payload"]!["old_invitee"]!.GetValue<string>(), Is.EqualTo(original.InviteeUri));
        foreach (var delivered in events)
        {
            CalendlyContract.AssertMatchesSchema("InviteePayload", delivered["payload"]!.ToJsonString());
        }
    }

    [Test]
    public async Task Outbound_call_location_is_the_invitees_phone_and_answers_tracking_and_reminder_are_kept()
    {
        await using var session = await SandboxSession.StartAsync();
        var booking = session.Book(invitee: new NewInvitee(
            "luc@example.fr",
            FirstName: "Luc",
            LastName: "Bernard",
            QuestionsAndAnswers: [new NewAnswer("Numéro de téléphone", "+33 6 98 76 54 32"), new NewAnswer("Couleurs", "Rouge\nBleu")],
            Tracking: new State.InviteeTracking(UtmSource: "instagram", UtmCampaign: "mariage")),
            location: new State.EventLocation("outbound_call"));

        var scheduledEvent = await ResourceAsync(session, booking.EventUri);
        var invitee = await ResourceAsync(session, booking.InviteeUri);
        Assert.That(scheduledEvent["location"]!["type"]!.GetValue<string>(), Is.EqualTo("outbound_call"));
        Assert.That(scheduledEvent["location"]!["location"]!.GetValue<string>(), Is.EqualTo("+33 6 98 76 54 32"));
        Assert.That(invitee["name"]!.GetValue<string>(), Is.EqualTo("Luc Bernard"));
        Assert.That(invitee["questions_and_answers"]![1]!["answer"]!.GetValue<string>(), Is.EqualTo("Rouge\nBleu"));
        Assert.That(invitee["tracking"]!["utm_source"]!.GetValue<string>(), Is.EqualTo("instagram"));
        Assert.That(invitee["text_reminder_number"], Is.Null);
    }
}
