namespace Velvena.Application.Calendly.Exceptions;

/// <summary>The API refused the access token (401) even after a refresh.</summary>
public sealed class CalendlyUnauthorizedException : CalendlyException
{
    public CalendlyUnauthorizedException(int statusCode, string message)
        : base(statusCode, message)
    {
    }

    public override bool IsTransient => false;
}
