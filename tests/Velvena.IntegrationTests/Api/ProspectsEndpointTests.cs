using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Velvena.Domain.Organizations;
using Velvena.Domain.Prospects;
using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Api;

public sealed class ProspectsEndpointTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);
    private VelvenaApiFactory _factory = null!;
    private Guid _organizationA;
    private Guid _organizationB;
    private Guid _prospectOfB;

    [OneTimeSetUp]
    public async Task SeedTwoOrganizations()
    {
        _factory = new VelvenaApiFactory();
        _organizationA = Guid.NewGuid();
        _organizationB = Guid.NewGuid();
        _prospectOfB = Guid.NewGuid();
        await _factory.WithDbAsync(async db =>
        {
            db.Organizations.Add(new Organization(_organizationA, "A", Now));
            db.Organizations.Add(new Organization(_organizationB, "B", Now));
            for (var i = 0; i < 25; i++)
            {
                db.Prospects.Add(new Prospect(Guid.NewGuid(), _organizationA, $"Prénom{i}", "Dupont", $"a{i}@example.fr", null, Now.AddMinutes(i)));
            }

            var ofB = new Prospect(_prospectOfB, _organizationB, "Bea", "Martin", "bea@example.fr", "+33612345678", Now);
            ofB.AddAppointment(new Appointment(Guid.NewGuid(), _organizationB, _prospectOfB, "https://api.calendly.com/scheduled_events/E1/invitees/I1", "https://api.calendly.com/scheduled_events/E1", "Essayage", Now.AddDays(1), Now.AddDays(1).AddHours(1), "Boutique", Now));
            db.Prospects.Add(ofB);
            await db.SaveChangesAsync();
        });
    }

    [OneTimeTearDown]
    public void StopApi() => _factory.Dispose();

    [Test]
    public async Task Lists_only_the_callers_organization_newest_first_in_pages()
    {
        using var client = _factory.CreateClientFor(_organizationA);

        var page1 = await client.GetFromJsonAsync<JsonElement>(new Uri("/prospects?page=1&pageSize=10", UriKind.Relative));
        var page3 = await client.GetFromJsonAsync<JsonElement>(new Uri("/prospects?page=3&pageSize=10", UriKind.Relative));

        Assert.That(page1.GetProperty("totalCount").GetInt32(), Is.EqualTo(25));
        var emails = page1.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("email").GetString()).ToList();
        Assert.That(emails, Has.Count.EqualTo(10));
        Assert.That(emails[0], Is.EqualTo("a24@example.fr"), "newest first");
        Assert.That(emails, Does.Not.Contain("bea@example.fr"));
        Assert.That(page3.GetProperty("items").GetArrayLength(), Is.EqualTo(5));
    }

    [Test]
    public async Task Filters_by_status_and_source()
    {
        using var client = _factory.CreateClientFor(_organizationA);

        var nouveau = await client.GetFromJsonAsync<JsonElement>(new Uri("/prospects?status=nouveau&source=calendly", UriKind.Relative));
        var other = await client.GetFromJsonAsync<JsonElement>(new Uri("/prospects?status=gagne", UriKind.Relative));

        Assert.That(nouveau.GetProperty("totalCount").GetInt32(), Is.EqualTo(25));
        Assert.That(other.GetProperty("totalCount").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task Another_organizations_prospect_is_404()
    {
        using var client = _factory.CreateClientFor(_organizationA);

        using var response = await client.GetAsync(new Uri($"/prospects/{_prospectOfB}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await response.ReadProblemAsync();
    }

    [Test]
    public async Task The_owner_reads_the_prospect_with_its_appointments()
    {
        using var client = _factory.CreateClientFor(_organizationB, admin: false);

        var prospect = await client.GetFromJsonAsync<JsonElement>(new Uri($"/prospects/{_prospectOfB}", UriKind.Relative));

        Assert.That(prospect.GetProperty("email").GetString(), Is.EqualTo("bea@example.fr"));
        Assert.That(prospect.GetProperty("status").GetString(), Is.EqualTo("nouveau"));
        Assert.That(prospect.GetProperty("source").GetString(), Is.EqualTo("calendly"));
        Assert.That(prospect.GetProperty("type").GetString(), Is.EqualTo("prospect"));
        var appointment = prospect.GetProperty("appointments").EnumerateArray().Single();
        Assert.That(appointment.GetProperty("eventName").GetString(), Is.EqualTo("Essayage"));
        Assert.That(appointment.GetProperty("status").GetString(), Is.EqualTo("Scheduled"));
    }

    [TestCase("/prospects?page=abc")]
    [TestCase("/prospects?page=0")]
    [TestCase("/prospects?pageSize=0")]
    [TestCase("/prospects?pageSize=101")]
    [TestCase("/prospects?page=99999999999999999999")]
    public async Task Malformed_queries_are_400_validation_problems(string url)
    {
        using var client = _factory.CreateClientFor(_organizationA);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ReadProblemAsync();
        Assert.That(problem.GetProperty("errors").EnumerateObject().Count(), Is.GreaterThan(0), "per-field errors");
    }

    [TestCase("/prospects/not-a-guid")]
    [TestCase("/prospects/00000000-0000-0000-0000-000000000000")]
    public async Task Unknown_or_malformed_ids_are_404(string url)
    {
        using var client = _factory.CreateClientFor(_organizationA);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
