using System.Net;
using System.Text.Json;
using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Api;

/// <summary>Health checks, OpenAPI docs and the Hangfire dashboard as an operator meets them.</summary>
public sealed class PlatformEndpointTests
{
    private VelvenaApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartApi() => _factory = new VelvenaApiFactory();

    [OneTimeTearDown]
    public void StopApi() => _factory.Dispose();

    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_endpoints_are_anonymous_and_healthy(string url)
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task The_openapi_document_describes_the_api_and_its_bearer_scheme()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(document.GetProperty("paths").TryGetProperty("/prospects", out _), Is.True);
        Assert.That(document.GetProperty("paths").TryGetProperty("/prospects/{id}", out _), Is.True);
        Assert.That(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _), Is.True);
        Assert.That(document.GetProperty("paths").TryGetProperty("/dev/tokens", out _), Is.True, "documented, though it answers only in Development");
    }

    [Test]
    public async Task The_interactive_docs_are_served()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/scalar", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
    }

    [Test]
    public async Task The_hangfire_dashboard_needs_an_admin_outside_development()
    {
        var organizationId = Guid.NewGuid();
        using var anonymous = _factory.CreateClient();
        using var member = _factory.CreateClientFor(organizationId, admin: false);
        using var admin = _factory.CreateClientFor(organizationId, admin: true);

        using var anonymousResponse = await anonymous.GetAsync(new Uri("/hangfire", UriKind.Relative));
        using var memberResponse = await member.GetAsync(new Uri("/hangfire", UriKind.Relative));
        using var adminResponse = await admin.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.That(anonymousResponse.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(memberResponse.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(adminResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await adminResponse.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("Velvena"));
        Assert.That(html, Does.Not.Contain(_factory.DatabasePath), "the storage connection string is not displayed");
    }
}
