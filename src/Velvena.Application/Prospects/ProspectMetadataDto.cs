namespace Velvena.Application.Prospects;

public sealed record ProspectMetadataDto(
    string? CalendlyEventUri,
    string? CalendlyInviteeUri,
    string? EventName,
    DateTime? EventStartUtc,
    DateTime? EventEndUtc,
    string? EventLocation,
    string? UtmSource,
    string? UtmMedium,
    string? UtmCampaign,
    string? UtmContent,
    string? UtmTerm,
    string? CancelUrl,
    string? RescheduleUrl);
