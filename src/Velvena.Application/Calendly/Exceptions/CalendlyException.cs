namespace Velvena.Application.Calendly.Exceptions;

/// <summary>
/// Calendly answered with an error. Messages carry the HTTP status and Calendly's title/message only,
/// never a token, a code or a request body.
/// </summary>
public class CalendlyException : Exception
{
    public CalendlyException()
    {
    }

    public CalendlyException(string message)
        : base(message)
    {
    }

    public CalendlyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CalendlyException(int statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public int? StatusCode { get; }

    /// <summary>Worth trying again later (429, 5xx, timeout, network).</summary>
    public virtual bool IsTransient => StatusCode is null or 429 or >= 500;
}
