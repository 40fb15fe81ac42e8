namespace Velvena.Application.Calendly.Exceptions;

/// <summary>429, 5xx, a timeout or a network failure, once the resilience pipeline gave up.</summary>
public sealed class CalendlyUnavailableException : CalendlyException
{
    public CalendlyUnavailableException(int statusCode, string message)
        : base(statusCode, message)
    {
    }

    public CalendlyUnavailableException(int statusCode, string message, TimeSpan? retryAfter)
        : base(statusCode, message)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>No HTTP answer at all (network failure, timeout): there is no status code.</summary>
    public CalendlyUnavailableException(string message, Exception? innerException = null, TimeSpan? retryAfter = null)
        : base(message, innerException!)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>From <c>Retry-After</c> or <c>X-RateLimit-Reset</c>, when Calendly said.</summary>
    public TimeSpan? RetryAfter { get; }

    public override bool IsTransient => true;
}
