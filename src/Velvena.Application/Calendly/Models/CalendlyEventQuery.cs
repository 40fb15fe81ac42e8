namespace Velvena.Application.Calendly.Models;

/// <summary>
/// <c>GET /scheduled_events</c> filters. Exactly one of <see cref="UserUri"/> / <see cref="OrganizationUri"/>;
/// a null <see cref="Status"/> means active and canceled.
/// </summary>
public sealed record CalendlyEventQuery(
    string? UserUri,
    string? OrganizationUri,
    DateTime? MinStartTimeUtc,
    DateTime? MaxStartTimeUtc,
    string? Status = null);
