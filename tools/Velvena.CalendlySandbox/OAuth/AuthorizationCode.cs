namespace Velvena.CalendlySandbox.OAuth;

internal sealed class AuthorizationCode
{
    public required string Code { get; init; }
    public required string ClientId { get; init; }
    public required string RedirectUri { get; init; }
    public string? CodeChallenge { get; init; }
    public required Guid UserUuid { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public bool Consumed { get; set; }
}
