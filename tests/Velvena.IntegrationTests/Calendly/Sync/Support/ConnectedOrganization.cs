using Velvena.CalendlySandbox.State;

namespace Velvena.IntegrationTests.Calendly.Sync.Support;

/// <param name="EventType">A group event type (3 seats) of the owner.</param>
internal sealed record ConnectedOrganization(Guid OrganizationId, SandboxUser Owner, EventType EventType);
