using System.Net;
using System.Net.Http.Headers;
using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Api;

public sealed class AuthenticationTests
{
    private VelvenaApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartApi() => _factory = new VelvenaApiFactory();

    [OneTimeTearDown]
    public void StopApi() => _factory.Dispose();

    [Test]
    public async Task No_token_is_401_problem_details()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/prospects", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var problem = await response.ReadProblemAsync();
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(401));
    }

    [Test]
    public async Task A_token_signed_with_another_key_is_401()
    {
        using var other = new VelvenaApiFactory();
        var forged = other.TokenFor(Guid.NewGuid());
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        using var response = await client.GetAsync(new Uri("/prospects", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_token_without_an_organization_is_403()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _factory.TokenFor(Guid.Empty));

        using var response = await client.GetAsync(new Uri("/prospects", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        await response.ReadProblemAsync();
    }

    [Test]
    public async Task The_development_token_endpoint_does_not_exist_outside_development()
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync(new Uri("/dev/tokens", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_first_request_of_an_unknown_organization_creates_it()
    {
        var organizationId = Guid.NewGuid();
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _factory.TokenFor(organizationId, organizationName: "Boutique Lumière"));

        using var first = await client.GetAsync(new Uri("/prospects", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/prospects", UriKind.Relative));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await _factory.WithDbAsync(async db =>
        {
            var organization = await db.Organizations.FindAsync(organizationId);
            Assert.That(organization, Is.Not.Null);
            Assert.That(organization!.Name, Is.EqualTo("Boutique Lumière"));
            Assert.That(organization.TimeZone, Is.EqualTo("Europe/Paris"));
        });
    }
}
