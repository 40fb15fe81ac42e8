namespace Velvena.Application.Calendly.Ports;

/// <summary>Counts the HTTP requests sent to Calendly (retries and token refreshes included) by the code running inside a tally.</summary>
public interface ICalendlyCallMeter
{
    /// <summary>Starts counting the calls made from here on in this asynchronous flow; disposing stops.</summary>
    ICalendlyCallTally StartTally();
}
