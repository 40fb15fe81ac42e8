using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Api;

public sealed class UnexpectedErrorTests
{
    [Test]
    public async Task An_unexpected_exception_is_a_500_problem_with_a_trace_id_and_no_internals()
    {
        using var factory = new VelvenaApiFactory(configureServices: services =>
            services.AddControllers().AddApplicationPart(typeof(ThrowingController).Assembly));
        using var client = factory.CreateClientFor(Guid.NewGuid());

        using var response = await client.GetAsync(new Uri("/test/throw", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ReadProblemAsync();
        Assert.That(problem.GetProperty("traceId").GetString(), Is.Not.Empty);
        Assert.That(body, Does.Not.Contain(ThrowingController.Secret));
        Assert.That(body, Does.Not.Contain("InvalidOperationException"));
        Assert.That(body, Does.Not.Contain("at Velvena"), "no stack trace");
    }
}

[ApiController]
[Route("test/throw")]
public sealed class ThrowingController : ControllerBase
{
    public const string Secret = "connection-string-with-password=hunter2";

    [HttpGet]
    public IActionResult Throw() => throw new InvalidOperationException($"{Secret} at {Request.Path}");
}
