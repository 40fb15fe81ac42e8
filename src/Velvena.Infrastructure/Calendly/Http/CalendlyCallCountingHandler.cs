namespace Velvena.Infrastructure.Calendly.Http;

/// <summary>Innermost in the Calendly clients' chains: every request that reaches the wire is counted once.</summary>
internal sealed class CalendlyCallCountingHandler(CalendlyCallMeter meter) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        meter.Record();
        return base.SendAsync(request, cancellationToken);
    }
}
