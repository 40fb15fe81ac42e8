namespace Velvena.Application.Calendly.Exceptions;

/// <summary>404 Resource Not Found.</summary>
public sealed class CalendlyNotFoundException : CalendlyException
{
    public CalendlyNotFoundException(int statusCode, string message)
        : base(statusCode, message)
    {
    }

    public override bool IsTransient => false;
}
