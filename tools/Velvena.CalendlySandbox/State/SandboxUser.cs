namespace Velvena.CalendlySandbox.State;

public sealed class SandboxUser
{
    public required Guid Uuid { get; init; }
    public required Guid OrganizationUuid { get; init; }
    public required string Name { get; init; }
    public required string Slug { get; init; }
    public required string Email { get; init; }
    public required string Timezone { get; init; }
    public required string Locale { get; init; }
    public required string TimeNotation { get; init; }
    public required UserRole Role { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    public bool IsAdministrator => Role is UserRole.Admin or UserRole.Owner;
}
