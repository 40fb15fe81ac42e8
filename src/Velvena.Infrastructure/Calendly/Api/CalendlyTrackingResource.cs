namespace Velvena.Infrastructure.Calendly.Api;

internal sealed class CalendlyTrackingResource
{
    public string? UtmCampaign { get; init; }
    public string? UtmSource { get; init; }
    public string? UtmMedium { get; init; }
    public string? UtmContent { get; init; }
    public string? UtmTerm { get; init; }
    public string? SalesforceUuid { get; init; }
}
