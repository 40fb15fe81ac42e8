namespace Velvena.Application.Calendly.Ports;

public interface ICalendlyCallTally : IDisposable
{
    int Calls { get; }
}
