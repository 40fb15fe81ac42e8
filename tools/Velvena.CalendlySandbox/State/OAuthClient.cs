namespace Velvena.CalendlySandbox.State;

public sealed class OAuthClient
{
    public required string ClientId { get; init; }
    public required string ClientSecret { get; init; }
    public required IReadOnlyList<string> RedirectUris { get; init; }
    public required IReadOnlyList<string> Scopes { get; init; }
    public required string SigningKey { get; init; }

    /// <summary>Skip the consent page and redirect at once (tests).</summary>
    public bool AutoApprove { get; init; }

    /// <summary>The user who signs in when the authorize request names none.</summary>
    public Guid? DefaultUserUuid { get; init; }
}
