namespace Velvena.Application.Calendly.Models;

public sealed record CalendlyTracking(string? UtmCampaign, string? UtmSource, string? UtmMedium, string? UtmContent, string? UtmTerm, string? SalesforceUuid);
