using System.Net;
using System.Net.Http.Headers;
using Velvena.Infrastructure.Calendly.Http;

namespace Velvena.IntegrationTests.Calendly;

[TestFixture]
public sealed class CalendlyRetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public void X_RateLimit_Reset_alone_gives_the_wait_of_a_429()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset", "37");

        Assert.That(CalendlyRetryAfter.From(response, Now), Is.EqualTo(TimeSpan.FromSeconds(37)));
    }

    [Test]
    public void The_longer_of_Retry_After_and_X_RateLimit_Reset_wins()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(5));
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset", "12");

        Assert.That(CalendlyRetryAfter.From(response, Now), Is.EqualTo(TimeSpan.FromSeconds(12)));
    }

    [Test]
    public void A_Retry_After_date_is_measured_from_now()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(30));

        Assert.That(CalendlyRetryAfter.From(response, Now), Is.EqualTo(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public void The_rate_limit_window_of_a_server_error_is_not_a_wait()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError);
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset", "50");

        Assert.That(CalendlyRetryAfter.From(response, Now), Is.Null);
    }
}
