namespace Velvena.Application.Prospects;

/// <summary>A prospect as listed: enough to show a row and open the detail.</summary>
public sealed record ProspectSummaryDto(
    Guid Id,
    string FirstName,
    string LastName,
    string Email,
    string? Phone,
    string Status,
    string Source,
    string Type,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc);
