using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Models;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.Generator;
using Velvena.CalendlySandbox.State;
using Velvena.IntegrationTests.Calendly.Support;

namespace Velvena.IntegrationTests.Calendly;

[TestFixture]
public sealed class CalendlyGatewayTests
{
    private static readonly string[] ScheduledEventsRead = ["scheduled_events:read"];

    private CalendlyClientHarness _harness = null!;

    [SetUp]
    public async Task StartSandbox() => _harness = await CalendlyClientHarness.StartAsync();

    [TearDown]
    public async Task StopSandbox() => await _harness.DisposeAsync();

    [Test]
    public async Task Current_user_with_an_explicit_token_bypasses_the_token_source()
    {
        var user = await _harness.Gateway.GetCurrentUserAsync(_harness.IssueAccessToken(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(user.Uri, Is.EqualTo(_harness.OwnerUri));
            Assert.That(user.CurrentOrganization, Is.EqualTo(_harness.OrganizationUri));
            Assert.That(user.Email, Is.EqualTo("camille.martin@velvena.example"));
            Assert.That(user.Timezone, Is.EqualTo("Europe/Paris"));
            Assert.That(_harness.Tokens.Calls, Is.Empty);
        });
    }

    [Test]
    public async Task Current_user_for_an_organization_asks_the_token_source()
    {
        _harness.UseOwnerToken();

        var user = await _harness.Gateway.GetCurrentUserAsync(_harness.OrganizationId, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(user.Uri, Is.EqualTo(_harness.OwnerUri));
            Assert.That(_harness.Tokens.Calls, Is.EqualTo(new[] { (_harness.OrganizationId, (string?)null) }));
        });
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(100)]
    [TestCase(101)]
    [TestCase(250)]
    public async Task Scheduled_events_stream_every_event_exactly_once(int events)
    {
        var organizationUri = UseGeneratedOrganization(events, inviteesPerEvent: 1);

        var listed = await ListEventsAsync(organizationUri);

        Assert.Multiple(() =>
        {
            Assert.That(listed, Has.Count.EqualTo(events));
            Assert.That(listed.Select(e => e.Uri).Distinct().Count(), Is.EqualTo(events));
            Assert.That(listed.Select(e => e.StartTimeUtc), Is.Ordered);
            Assert.That(_harness.ApiRequests.Count(HttpMethod.Get, "/scheduled_events"), Is.EqualTo(Math.Max(1, (events + 99) / 100)));
            Assert.That(_harness.ApiRequests.Requests.Select(r => r.PathAndQuery), Has.All.Contain("count=100"));
        });
    }

    [Test]
    public async Task Scheduled_events_are_fetched_page_by_page_as_the_consumer_reads()
    {
        var organizationUri = UseGeneratedOrganization(250, inviteesPerEvent: 1);
        var query = new CalendlyEventQuery(null, organizationUri, null, null);

        await using var enumerator = _harness.Gateway.ListScheduledEventsAsync(_harness.OrganizationId, query, CancellationToken.None).GetAsyncEnumerator();
        Assert.That(await enumerator.MoveNextAsync(), Is.True);
        Assert.That(_harness.ApiRequests.Count(HttpMethod.Get, "/scheduled_events"), Is.EqualTo(1));
        for (var i = 1; i < 100; i++)
        {
            Assert.That(await enumerator.MoveNextAsync(), Is.True);
        }

        Assert.That(_harness.ApiRequests.Count(HttpMethod.Get, "/scheduled_events"), Is.EqualTo(1));
        Assert.That(await enumerator.MoveNextAsync(), Is.True);
        Assert.That(_harness.ApiRequests.Count(HttpMethod.Get, "/scheduled_events"), Is.EqualTo(2));
    }

    [TestCase(1)]
    [TestCase(100)]
    [TestCase(101)]
    [TestCase(250)]
    public async Task Invitees_stream_every_invitee_exactly_once(int invitees)
    {
        var organizationUri = UseGeneratedOrganization(1, invitees);
        var scheduled = (await ListEventsAsync(organizationUri)).Single();

        var listed = new List<CalendlyInvitee>();
        await foreach (var invitee in _harness.Gateway.ListInviteesAsync(_harness.OrganizationId, scheduled.Uri, CancellationToken.None))
        {
            listed.Add(invitee);
        }

        Assert.Multiple(() =>
        {
            Assert.That(listed, Has.Count.EqualTo(invitees));
            Assert.That(listed.Select(i => i.Uri).Distinct().Count(), Is.EqualTo(invitees));
            Assert.That(listed.Select(i => i.EventUri), Has.All.EqualTo(scheduled.Uri));
        });
    }

    [Test]
    public async Task A_booking_maps_to_the_application_models()
    {
        _harness.UseOwnerToken();
        var start = new DateTimeOffset(2030, 3, 4, 9, 30, 0, TimeSpan.Zero).AddTicks(1234560);
        var booking = _harness.Sandbox.Seed.Book(new NewBooking(
            new NewInvitee(
                "lea.dubois@example.com",
                Name: "Léa Dubois",
                TextReminderNumber: "+33 6 11 22 33 44",
                QuestionsAndAnswers: [new NewAnswer("Votre téléphone", "+33 6 11 22 33 44")]),
            start,
            Host: _harness.Owner.Uuid,
            Location: new EventLocation("outbound_call", "+33 6 11 22 33 44"),
            SendWebhooks: false));

        var scheduled = await _harness.Gateway.GetScheduledEventAsync(_harness.OrganizationId, booking.EventUri, CancellationToken.None);
        var invitee = await SingleInviteeAsync(booking.EventUri);

        Assert.Multiple(() =>
        {
            Assert.That(scheduled.Uri, Is.EqualTo(booking.EventUri));
            Assert.That(scheduled.Status, Is.EqualTo("active"));
            Assert.That(scheduled.StartTimeUtc, Is.EqualTo(start.UtcDateTime));
            Assert.That(scheduled.StartTimeUtc.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(scheduled.Location, Is.EqualTo(new CalendlyLocation("outbound_call", "+33 6 11 22 33 44", null, null, null)));
            Assert.That(scheduled.InviteesActive, Is.EqualTo(1));
            Assert.That(scheduled.MemberUserUris, Is.EqualTo(new[] { _harness.OwnerUri }));
            Assert.That(scheduled.Cancellation, Is.Null);
            Assert.That(invitee.Uri, Is.EqualTo(booking.InviteeUri));
            Assert.That(invitee.Name, Is.EqualTo("Léa Dubois"));
            Assert.That(invitee.FirstName, Is.Null);
            Assert.That(invitee.LastName, Is.Null);
            Assert.That(invitee.TextReminderNumber, Is.EqualTo("+33 6 11 22 33 44"));
            Assert.That(invitee.QuestionsAndAnswers.Single().Question, Is.EqualTo("Votre téléphone"));
        });
    }

    [Test]
    public async Task A_canceled_booking_carries_its_cancellation()
    {
        _harness.UseOwnerToken();
        var booking = _harness.Sandbox.Seed.Book(new NewBooking(
            new NewInvitee("hugo@example.com", FirstName: "Hugo", LastName: "Petit"), DateTimeOffset.UtcNow.AddDays(3), Host: _harness.Owner.Uuid, SendWebhooks: false));
        _harness.Sandbox.Seed.CancelEvent(booking.EventUuid, new CancelRequest(Reason: "Boutique fermée"));

        var scheduled = await _harness.Gateway.GetScheduledEventAsync(_harness.OrganizationId, booking.EventUri, CancellationToken.None);
        var invitee = await SingleInviteeAsync(booking.EventUri);

        Assert.Multiple(() =>
        {
            Assert.That(scheduled.Status, Is.EqualTo("canceled"));
            Assert.That(scheduled.Cancellation?.Reason, Is.EqualTo("Boutique fermée"));
            Assert.That(scheduled.Cancellation?.CancelerType, Is.EqualTo("host"));
            Assert.That(invitee.Status, Is.EqualTo("canceled"));
            Assert.That(invitee.FirstName, Is.EqualTo("Hugo"));
            Assert.That(invitee.Cancellation?.Reason, Is.EqualTo("Boutique fermée"));
        });
    }

    [Test]
    public void An_unknown_event_is_not_found()
    {
        _harness.UseOwnerToken();

        var missing = Assert.ThrowsAsync<CalendlyNotFoundException>(() =>
            _harness.Gateway.GetScheduledEventAsync(_harness.OrganizationId, _harness.Sandbox.Urls.ScheduledEvent(Guid.NewGuid()), CancellationToken.None));
        Assert.That(missing!.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public void A_missing_scope_is_reported_with_the_required_scopes()
    {
        _harness.Tokens.Current = _harness.IssueAccessToken(["users:read"]);

        var denied = Assert.ThrowsAsync<CalendlyInsufficientScopeException>(async () =>
            await ListEventsAsync(_harness.OrganizationUri));
        Assert.Multiple(() =>
        {
            Assert.That(denied!.StatusCode, Is.EqualTo(403));
            Assert.That(denied.RequiredScopes, Is.EqualTo(ScheduledEventsRead));
        });
    }

    [Test]
    public void Another_organizations_events_are_forbidden()
    {
        _harness.UseOwnerToken();

        var denied = Assert.ThrowsAsync<CalendlyException>(async () =>
            await ListEventsAsync(_harness.Sandbox.Urls.Organization(Guid.NewGuid())));
        Assert.Multiple(() =>
        {
            Assert.That(denied!.GetType(), Is.EqualTo(typeof(CalendlyException)));
            Assert.That(denied.StatusCode, Is.EqualTo(403));
        });
    }

    [Test]
    public async Task A_rejected_token_is_refreshed_through_the_token_source_and_the_call_retried_once()
    {
        _harness.Tokens.Current = "stale-access-token-0001";
        var fresh = _harness.IssueAccessToken();
        _harness.Tokens.QueueRefreshedToken(fresh);

        var user = await _harness.Gateway.GetCurrentUserAsync(_harness.OrganizationId, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(user.Uri, Is.EqualTo(_harness.OwnerUri));
            Assert.That(_harness.Tokens.Calls, Is.EqualTo(new[]
            {
                (_harness.OrganizationId, (string?)null),
                (_harness.OrganizationId, (string?)"stale-access-token-0001"),
            }));
            Assert.That(_harness.ApiRequests.Requests.Select(r => r.StatusCode), Is.EqualTo(new int?[] { 401, 200 }));
        });
    }

    [Test]
    public void A_token_still_rejected_after_the_refresh_is_unauthorized_without_a_second_retry()
    {
        _harness.Tokens.Current = "stale-access-token-0002";
        _harness.Tokens.QueueRefreshedToken("also-stale-access-token-0003");

        var refused = Assert.ThrowsAsync<CalendlyUnauthorizedException>(() => _harness.Gateway.GetCurrentUserAsync(_harness.OrganizationId, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(401));
            Assert.That(_harness.Tokens.Calls, Has.Count.EqualTo(2));
            Assert.That(_harness.ApiRequests.Requests, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task An_unreachable_api_is_unavailable_without_a_status()
    {
        _harness.UseOwnerToken();
        await _harness.Sandbox.StopAsync();

        var unavailable = Assert.ThrowsAsync<CalendlyUnavailableException>(() => _harness.Gateway.GetCurrentUserAsync(_harness.OrganizationId, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(unavailable!.StatusCode, Is.Null);
            Assert.That(unavailable.IsTransient, Is.True);
            Assert.That(unavailable.InnerException, Is.InstanceOf<HttpRequestException>());
        });
    }

    private string UseGeneratedOrganization(int events, int inviteesPerEvent)
    {
        var generated = _harness.Sandbox.Generator.Generate(new GenerationRequest(1, events, inviteesPerEvent, Seed: 11));
        _harness.Tokens.Current = _harness.IssueAccessTokenFor(generated.Owners[0]);
        return _harness.Sandbox.Urls.Organization(generated.Organizations[0]);
    }

    private async Task<List<CalendlyScheduledEvent>> ListEventsAsync(string organizationUri)
    {
        var listed = new List<CalendlyScheduledEvent>();
        var query = new CalendlyEventQuery(null, organizationUri, null, null);
        await foreach (var scheduled in _harness.Gateway.ListScheduledEventsAsync(_harness.OrganizationId, query, CancellationToken.None))
        {
            listed.Add(scheduled);
        }

        return listed;
    }

    private async Task<CalendlyInvitee> SingleInviteeAsync(string eventUri)
    {
        var invitees = new List<CalendlyInvitee>();
        await foreach (var invitee in _harness.Gateway.ListInviteesAsync(_harness.OrganizationId, eventUri, CancellationToken.None))
        {
            invitees.Add(invitee);
        }

        return invitees.Single();
    }
}
