namespace Velvena.Infrastructure.Calendly.Http;

/// <summary>Timeouts and retries of the Calendly HTTP clients (section <c>Calendly:Http</c>).</summary>
public sealed class CalendlyHttpOptions
{
    public const string SectionName = "Calendly:Http";

    /// <summary>Retries after the first attempt, for GET and DELETE only; 0 disables retrying.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First back-off delay; doubles per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One API call, every retry and wait included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Longest server-requested wait (<c>Retry-After</c>, <c>X-RateLimit-Reset</c>) honoured in-process; a longer one
    /// fails at once with <see cref="Application.Calendly.Exceptions.CalendlyUnavailableException.RetryAfter"/> set,
    /// so a background job can be rescheduled instead of holding a worker.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(65);

    /// <summary>Timeout of one OAuth token or revoke request (never retried).</summary>
    public TimeSpan TokenRequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
