using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Velvena.Infrastructure.Calendly.Http;

/// <summary>How long Calendly asked us to wait before trying again.</summary>
internal static class CalendlyRetryAfter
{
    public const string RateLimitResetHeader = "X-RateLimit-Reset";

    /// <summary>
    /// For a 429: the longer of <c>Retry-After</c> and <c>X-RateLimit-Reset</c> (seconds until the window resets;
    /// whether Calendly sends Retry-After is unconfirmed, so either is honoured). For a 503: <c>Retry-After</c>.
    /// Other responses carry X-RateLimit-Reset too, but it says nothing about them: null.
    /// </summary>
    public static TimeSpan? From(HttpResponseMessage? response, DateTimeOffset now) =>
        response is null ? null : From(response.StatusCode, response.Headers, now);

    public static TimeSpan? From(HttpStatusCode status, HttpResponseHeaders? headers, DateTimeOffset now)
    {
        if (headers is null)
        {
            return null;
        }

        var retryAfter = RetryAfterHeader(headers, now);
        return status switch
        {
            HttpStatusCode.TooManyRequests => Max(retryAfter, RateLimitReset(headers)),
            HttpStatusCode.ServiceUnavailable => retryAfter,
            _ => null,
        };
    }

    private static TimeSpan? RetryAfterHeader(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var header = headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static TimeSpan? RateLimitReset(HttpResponseHeaders headers)
    {
        if (!headers.TryGetValues(RateLimitResetHeader, out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && double.IsFinite(seconds))
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }

        return null;
    }

    private static TimeSpan? Max(TimeSpan? left, TimeSpan? right) =>
        (left, right) switch
        {
            (null, _) => right,
            (_, null) => left,
            _ => left > right ? left : right,
        };
}
