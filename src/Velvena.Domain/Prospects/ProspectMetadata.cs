namespace Velvena.Domain.Prospects;

/// <summary>
/// The seed's prospect <c>metadata</c>: where the prospect came from in Calendly (the latest booking), plus
/// the booking's tracking and self-service links.
/// </summary>
public sealed record ProspectMetadata
{
    public string? CalendlyEventUri { get; init; }

    public string? CalendlyInviteeUri { get; init; }

    public string? EventName { get; init; }

    public DateTime? EventStartUtc { get; init; }

    public DateTime? EventEndUtc { get; init; }

    /// <summary>A meeting's join URL, else the location text.</summary>
    public string? EventLocation { get; init; }

    public string? UtmSource { get; init; }

    public string? UtmMedium { get; init; }

    public string? UtmCampaign { get; init; }

    public string? UtmContent { get; init; }

    public string? UtmTerm { get; init; }

    public string? CancelUrl { get; init; }

    public string? RescheduleUrl { get; init; }
}
