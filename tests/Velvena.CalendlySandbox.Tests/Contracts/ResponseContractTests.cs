using System.Net;
using System.Net.Http.Json;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.State;
using Velvena.CalendlySandbox.Tests.Support;

namespace Velvena.CalendlySandbox.Tests.Contracts;

public sealed class ResponseContractTests
{
    private static readonly EventLocation[] EveryLocation =
    [
        new("physical", "12 rue de Rivoli, Paris", AdditionalInfo: "Interphone 3"),
        new("outbound_call"),
        new("inbound_call", "+33 1 23 45 67 89"),
        new("ask_invitee", "Chez moi"),
        new("custom", "Showroom"),
        new("zoom", Status: "pushed", JoinUrl: "https://zoom.us/j/1"),
        new("google_conference", Status: "pushed", JoinUrl: "https://meet.google.com/a"),
        new("microsoft_teams_conference", Status: "processing"),
        new("gotomeeting", Status: "initiated", JoinUrl: "https://meet.goto.com/1"),
        new("webex_conference", Status: "failed"),
    ];

    private SandboxSession _session = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _session = await SandboxSession.StartAsync();
        var minutes = 0;
        foreach (var location in EveryLocation)
        {
            _session.Book(minutes += 60, RichInvitee(), location);
        }

        var groupType = _session.Host.Seed.CreateEventType(new NewEventType(_session.Owner.Uuid, "Atelier", 60, 5));
        var group = _session.Book(minutes + 60, new NewInvitee("solo@example.com", Name: "Solo Name"), eventType: groupType.Uuid);
        _session.Host.Seed.AddInvitee(group.EventUuid, new NewInvitee("second@example.com", Name: "Second"));
        _session.Host.Seed.CancelInvitee(group.InviteeUuid, new CancelRequest("Empêchement"));
        var moved = _session.Book(minutes + 120);
        _session.Host.Seed.Reschedule(moved.InviteeUuid, new RescheduleRequest(new DateTimeOffset(2030, 2, 1, 10, 0, 0, TimeSpan.Zero)));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _session.DisposeAsync();

    private static NewInvitee RichInvitee() => new(
        "marie.dupont@example.fr",
        FirstName: "Marie",
        LastName: "Dupont",
        QuestionsAndAnswers: [new NewAnswer("Numéro de téléphone", "+33 6 12 34 56 78"), new NewAnswer("Phone number", "+44 20 7946 0000")],
        TextReminderNumber: "+33 6 12 34 56 78",
        Tracking: new InviteeTracking("spring", "newsletter", "email", "cta", "robes"));

    [Test]
    public async Task Users_me_matches_the_documented_response()
    {
        var (response, body) = await SandboxSession.GetAsync(_session.Api, "users/me");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        CalendlyContract.AssertMatchesResponse("/users/me", "get", 200, body);
    }

    [Test]
    public async Task Event_list_with_every_location_type_and_canceled_events_matches()
    {
        var (response, body) = await SandboxSession.GetAsync(_session.Api, $"scheduled_events?organization={_session.OrganizationUri}&count=100");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        CalendlyContract.AssertMatchesResponse("/scheduled_events", "get", 200, body);
        Assert.That(SandboxSession.Parse(body)["collection"]!.AsArray(), Has.Count.EqualTo(EveryLocation.Length + 3));
    }

    [Test]
    public async Task Single_event_invitee_list_and_single_invitee_match()
    {
        var events = _session.Host.State.Read(s => s.Events.Values.ToList());
        foreach (var scheduledEvent in events)
        {
            var (_, eventBody) = await SandboxSession.GetAsync(_session.Api, $"scheduled_events/{scheduledEvent.Uuid}");
            CalendlyContract.AssertMatchesResponse("/scheduled_events/{uuid}", "get", 200, eventBody);

            var (listResponse, listBody) = await SandboxSession.GetAsync(_session.Api, $"scheduled_events/{scheduledEvent.Uuid}/invitees");
            Assert.That(listResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            CalendlyContract.AssertMatchesResponse("/scheduled_events/{uuid}/invitees", "get", 200, listBody);

            foreach (var invitee in scheduledEvent.Invitees)
            {
                var (_, inviteeBody) = await SandboxSession.GetAsync(_session.Api, $"scheduled_events/{scheduledEvent.Uuid}/invitees/{invitee.Uuid}");
                CalendlyContract.AssertMatchesResponse("/scheduled_events/{event_uuid}/invitees/{invitee_uuid}", "get", 200, inviteeBody);
            }
        }
    }

    [Test]
    public async Task Webhook_subscription_create_get_and_list_match()
    {
        var created = await _session.Api.PostAsJsonAsync("webhook_subscriptions", new
        {
            url = "http://127.0.0.1:9/contract-hook",
            events = new[] { "invitee.created", "invitee.canceled" },
            organization = _session.OrganizationUri,
            scope = "organization",
        });
        var createdBody = await created.Content.ReadAsStringAsync();
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), createdBody);
        CalendlyContract.AssertMatchesResponse("/webhook_subscriptions", "post", 201, createdBody);

        var uri = SandboxSession.Parse(createdBody)["resource"]!["uri"]!.GetValue<string>();
        var (_, getBody) = await SandboxSession.GetAsync(_session.Api, uri);
        CalendlyContract.AssertMatchesResponse("/webhook_subscriptions/{webhook_uuid}", "get", 200, getBody);

        var (_, listBody) = await SandboxSession.GetAsync(_session.Api, $"webhook_subscriptions?organization={_session.OrganizationUri}&scope=organization");
        CalendlyContract.AssertMatchesResponse("/webhook_subscriptions", "get", 200, listBody);

        var duplicate = await _session.Api.PostAsJsonAsync("webhook_subscriptions", new
        {
            url = "http://127.0.0.1:9/contract-hook",
            events = new[] { "invitee.created" },
            organization = _session.OrganizationUri,
            scope = "organization",
        });
        var duplicateBody = await duplicate.Content.ReadAsStringAsync();
        Assert.That(duplicate.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        CalendlyContract.AssertMatchesSchema("ErrorResponse", duplicateBody);
        Assert.That(duplicateBody, Is.EqualTo("""{"title":"Already Exists","message":"Hook with this url already exists"}"""));
    }

    [Test]
    public async Task Error_bodies_match_the_error_schemas()
    {
        using var anonymous = _session.Host.CreateClient();
        var (unauthenticated, unauthenticatedBody) = await SandboxSession.GetAsync(anonymous, "users/me");
        Assert.That(unauthenticated.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        CalendlyContract.AssertMatchesSchema("ErrorResponse", unauthenticatedBody);

        var (notFound, notFoundBody) = await SandboxSession.GetAsync(_session.Api, $"scheduled_events/{Guid.NewGuid()}");
        Assert.That(notFound.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        CalendlyContract.AssertMatchesSchema("ErrorResponse", notFoundBody);
        CalendlyContract.AssertMatchesResponse("/webhook_subscriptions/{webhook_uuid}", "get", 404, notFoundBody);

        var (badRequest, badRequestBody) = await SandboxSession.GetAsync(_session.Api, $"scheduled_events?organization={_session.OrganizationUri}&count=101");
        Assert.That(badRequest.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        CalendlyContract.AssertMatchesSchema("ErrorResponse", badRequestBody);
        Assert.That(SandboxSession.Parse(badRequestBody)["details"]!.AsArray(), Is.Not.Empty);

        using var member = _session.ClientFor(_session.Member.Uuid);
        var (denied, deniedBody) = await SandboxSession.GetAsync(member, $"scheduled_events?organization={_session.OrganizationUri}");
        Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        CalendlyContract.AssertMatchesResponse("/scheduled_events", "get", 403, deniedBody);
    }

    [Test]
    public async Task Insufficient_scope_bodies_match_the_documented_403()
    {
        using var noScopes = _session.ClientFor(_session.Owner.Uuid, []);
        var cases = new (string Url, string Path)[]
        {
            ("users/me", "/users/me"),
            ($"scheduled_events?organization={_session.OrganizationUri}", "/scheduled_events"),
            ($"webhook_subscriptions?organization={_session.OrganizationUri}&scope=organization", "/webhook_subscriptions"),
        };
        foreach (var (url, path) in cases)
        {
            var (response, body) = await SandboxSession.GetAsync(noScopes, url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            CalendlyContract.AssertMatchesSchema("InsufficientScopeError", body);
            CalendlyContract.AssertMatchesResponse(path, "get", 403, body);
        }
    }
}
