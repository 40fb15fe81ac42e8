namespace Velvena.Application.Prospects;

/// <summary>A prospect with its notes, the seed's metadata and every Calendly booking it made.</summary>
public sealed record ProspectDto(
    Guid Id,
    string FirstName,
    string LastName,
    string Email,
    string? Phone,
    string Status,
    string Source,
    string Type,
    string Notes,
    ProspectMetadataDto Metadata,
    IReadOnlyList<AppointmentDto> Appointments,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc);
