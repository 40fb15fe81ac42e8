namespace Velvena.CalendlySandbox.OAuth;

public sealed class AccessToken
{
    public required string Token { get; init; }
    public required string ClientId { get; init; }
    public required Guid UserUuid { get; init; }
    public required Guid OrganizationUuid { get; init; }
    public required IReadOnlySet<string> Scopes { get; init; }
    public required DateTimeOffset IssuedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public required Guid GrantId { get; init; }
    public bool Revoked { get; internal set; }

    public bool IsUsableAt(DateTimeOffset now) => !Revoked && now < ExpiresAt;
}
