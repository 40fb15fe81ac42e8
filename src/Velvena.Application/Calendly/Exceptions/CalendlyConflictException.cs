namespace Velvena.Application.Calendly.Exceptions;

/// <summary>409, e.g. a webhook subscription for that URL already exists.</summary>
public sealed class CalendlyConflictException : CalendlyException
{
    public CalendlyConflictException(int statusCode, string message)
        : base(statusCode, message)
    {
    }

    public override bool IsTransient => false;
}
