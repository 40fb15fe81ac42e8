using Velvena.Domain.Calendly;

namespace Velvena.Application.Calendly.Sync.SyncOrganization;

public sealed record SyncOrganizationResult(Guid OrganizationId, SyncOrganizationStatus Status, CalendlySyncCounts Counts, string? Error, Guid? RunId);
