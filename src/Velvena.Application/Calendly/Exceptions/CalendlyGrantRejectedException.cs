namespace Velvena.Application.Calendly.Exceptions;

/// <summary>The OAuth server refused a code or refresh token (RFC 6749 `invalid_grant` and kin): a person must reconnect.</summary>
public sealed class CalendlyGrantRejectedException : CalendlyException
{
    public CalendlyGrantRejectedException(int statusCode, string message)
        : base(statusCode, message)
    {
    }

    public override bool IsTransient => false;
}
