using System.Diagnostics;
using System.Net;
using Velvena.CalendlySandbox.Generator;
using Velvena.CalendlySandbox.Tests.Support;

namespace Velvena.CalendlySandbox.Tests.Generator;

public sealed class DataGeneratorTests
{
    [Test]
    public async Task Generates_n_organizations_by_m_events_by_k_invitees_without_webhooks()
    {
        await using var session = await SandboxSession.StartAsync();
        var watch = Stopwatch.StartNew();
        var result = session.Host.Generator.Generate(new GenerationRequest(1000, 50, 3, Seed: 1));
        watch.Stop();

        Assert.That(result.Events, Is.EqualTo(50_000));
        Assert.That(result.Invitees, Is.EqualTo(150_000));
        Assert.That(session.Host.State.EventCount, Is.EqualTo(50_000));
        Assert.That(session.Host.State.InviteeCount, Is.EqualTo(150_000));
        Assert.That(session.Host.Webhooks.DeliveryLog, Is.Empty);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));

        var owner = result.Owners[0];
        using var api = session.ClientFor(owner);
        var (response, body) = await SandboxSession.GetAsync(api, $"scheduled_events?user={session.Host.Urls.User(owner)}&count=100");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(SandboxSession.Parse(body)["collection"]!.AsArray(), Has.Count.EqualTo(50));
    }

    [Test]
    public async Task One_organization_with_100000_events_is_generated_and_listable()
    {
        await using var session = await SandboxSession.StartAsync();
        var result = session.Host.Generator.Generate(new GenerationRequest(1, 100_000, 1, Seed: 2));
        Assert.That(session.Host.State.EventCount, Is.EqualTo(100_000));

        using var api = session.ClientFor(result.Owners[0]);
        var (response, body) = await SandboxSession.GetAsync(api, $"scheduled_events?organization={session.Host.Urls.Organization(result.Organizations[0])}&count=100");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        CalendlyContract.AssertMatchesResponse("/scheduled_events", "get", 200, body);
    }

    [Test]
    public async Task The_same_seed_generates_the_same_identifiers()
    {
        await using var first = await SandboxSession.StartAsync();
        await using var second = await SandboxSession.StartAsync();
        var a = first.Host.Generator.Generate(new GenerationRequest(3, 2, 2, Seed: 9));
        var b = second.Host.Generator.Generate(new GenerationRequest(3, 2, 2, Seed: 9));
        Assert.That(a.Organizations, Is.EqualTo(b.Organizations));
    }
}
