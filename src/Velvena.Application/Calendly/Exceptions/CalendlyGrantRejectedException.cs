namespace Velvena.Application.Calendly.Exceptions;

/// <summary>The OAuth server refused a code or refresh token (RFC 6749 `invalid_grant` and kin): a person must reconnect.</summary>
public sealed class CalendlyGrantRejectedException : CalendlyException
{
    public CalendlyGrantRejectedException(int statusCode, string message)
        : base(statusCode, message)
    {
    }

    public CalendlyGrantRejectedException(int statusCode, string message, string? error)
        : base(statusCode, message)
    {
        Error = error;
    }

    /// <summary>The RFC 6749 error code (<c>invalid_grant</c>, <c>invalid_client</c>, …) when Calendly sent one.</summary>
    public string? Error { get; }

    public override bool IsTransient => false;
}
