using Mediator;

namespace Velvena.Application.Calendly.Sync.SyncOrganization;

/// <summary>
/// Reads the organization's Calendly events (window from now − look-back, active and canceled, every page) and
/// records the invitees of every new or changed event as prospects. Transient Calendly failures are thrown (the job
/// is retried); permanent ones are recorded and returned.
/// </summary>
public sealed record SyncOrganizationCommand(Guid OrganizationId) : ICommand<SyncOrganizationResult>;
