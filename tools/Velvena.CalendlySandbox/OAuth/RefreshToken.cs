namespace Velvena.CalendlySandbox.OAuth;

internal sealed class RefreshToken
{
    public required string Token { get; init; }
    public required string ClientId { get; init; }
    public required Guid UserUuid { get; init; }
    public required Guid OrganizationUuid { get; init; }
    public required IReadOnlySet<string> Scopes { get; init; }
    public required Guid GrantId { get; init; }

    /// <summary>Calendly refresh tokens are single use: once redeemed or revoked they are dead.</summary>
    public bool Dead { get; set; }
}
