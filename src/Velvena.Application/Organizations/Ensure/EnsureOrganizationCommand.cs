using Mediator;

namespace Velvena.Application.Organizations.Ensure;

/// <summary>
/// Creates the caller's organization the first time a token names it (organizations are owned by Velvena's
/// identity side; there is no endpoint that creates them).
/// </summary>
public sealed record EnsureOrganizationCommand(Guid OrganizationId, string? Name) : ICommand;
