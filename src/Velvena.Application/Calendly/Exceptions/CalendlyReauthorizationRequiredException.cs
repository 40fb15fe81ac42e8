namespace Velvena.Application.Calendly.Exceptions;

/// <summary>The organization's connection cannot be used until an admin connects Calendly again (or was never made).</summary>
public sealed class CalendlyReauthorizationRequiredException : CalendlyException
{
    public CalendlyReauthorizationRequiredException(string message)
        : base(message)
    {
    }

    public override bool IsTransient => false;
}
