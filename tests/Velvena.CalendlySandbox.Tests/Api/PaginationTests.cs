using System.Net;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.Tests.Support;

namespace Velvena.CalendlySandbox.Tests.Api;

public sealed class PaginationTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(100)]
    [TestCase(101)]
    [TestCase(250)]
    public async Task Every_event_is_listed_exactly_once_across_pages(int total)
    {
        await using var session = await SandboxSession.StartAsync();
        var expected = Enumerable.Range(0, total).Select(i => session.Book(i * 30).EventUri).ToHashSet();

        var seen = await ReadAllAsync(session, $"scheduled_events?user={session.OwnerUri}&count=100");

        Assert.That(seen, Has.Count.EqualTo(total));
        Assert.That(seen.ToHashSet().SetEquals(expected), Is.True);
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(100)]
    [TestCase(101)]
    [TestCase(250)]
    public async Task Every_invitee_is_listed_exactly_once_across_pages(int total)
    {
        await using var session = await SandboxSession.StartAsync();
        var groupType = session.Host.Seed.CreateEventType(new NewEventType(session.Owner.Uuid, "Webinar", 60, InviteeLimit: 1000));
        var first = session.Book(0, new NewInvitee("p0@example.com", Name: "P 0"), eventType: groupType.Uuid);
        var expected = new HashSet<string>();
        if (total > 0)
        {
            expected.Add(first.InviteeUri);
        }

        for (var i = 1; i < total; i++)
        {
            expected.Add(session.Host.Seed.AddInvitee(first.EventUuid, new NewInvitee($"p{i}@example.com", Name: $"P {i}")).InviteeUri);
        }

        // With no invitee wanted, list the (empty) canceled ones instead.
        var status = total == 0 ? "canceled" : "active";
        var seen = await ReadAllAsync(session, $"scheduled_events/{first.EventUuid}/invitees?status={status}&count=100");

        Assert.That(seen, Has.Count.EqualTo(total));
        Assert.That(seen.ToHashSet().SetEquals(expected), Is.True);
    }

    [Test]
    public async Task Count_outside_1_to_100_is_a_400_with_details()
    {
        await using var session = await SandboxSession.StartAsync();
        foreach (var count in new[] { "0", "101", "abc" })
        {
            var (response, body) = await SandboxSession.GetAsync(session.Api, $"scheduled_events?user={session.OwnerUri}&count={count}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), count);
            Assert.That(SandboxSession.Parse(body)["details"]![0]!["parameter"]!.GetValue<string>(), Is.EqualTo("count"));
        }
    }

    [Test]
    public async Task Default_page_is_20_and_pagination_has_all_five_keys()
    {
        await using var session = await SandboxSession.StartAsync();
        for (var i = 0; i < 25; i++)
        {
            session.Book(i * 30);
        }

        var (_, body) = await SandboxSession.GetAsync(session.Api, $"scheduled_events?user={session.OwnerUri}&sort=start_time:desc");
        var json = SandboxSession.Parse(body);
        var pagination = json["pagination"]!.AsObject();
        Assert.That(json["collection"]!.AsArray(), Has.Count.EqualTo(20));
        Assert.That(pagination.Select(p => p.Key), Is.EquivalentTo(new[] { "count", "next_page", "previous_page", "next_page_token", "previous_page_token" }));
        Assert.That(pagination["previous_page"], Is.Null);
        Assert.That(pagination["next_page"]!.GetValue<string>(), Does.StartWith(session.Host.BaseUrl + "/scheduled_events?"));
        var starts = json["collection"]!.AsArray().Select(e => e!["start_time"]!.GetValue<string>()).ToList();
        Assert.That(starts, Is.Ordered.Descending);
        Assert.That(starts[0], Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$"));
    }

    private static async Task<List<string>> ReadAllAsync(SandboxSession session, string firstPage)
    {
        var seen = new List<string>();
        string? next = firstPage;
        var pages = 0;
        while (next is not null)
        {
            var (response, body) = await SandboxSession.GetAsync(session.Api, next);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
            var json = SandboxSession.Parse(body);
            seen.AddRange(json["collection"]!.AsArray().Select(item => item!["uri"]!.GetValue<string>()));
            next = json["pagination"]!["next_page"]?.GetValue<string>();
            Assert.That(++pages, Is.LessThan(10));
        }

        return seen;
    }
}
