namespace Velvena.CalendlySandbox.State;

public sealed class SandboxOrganization
{
    public required Guid Uuid { get; init; }
    public required string Name { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
