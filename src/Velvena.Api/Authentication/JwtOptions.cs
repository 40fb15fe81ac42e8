namespace Velvena.Api.Authentication;

/// <summary>
/// How bearer tokens are checked: against an OIDC authority (production identity provider), or with a shared
/// HS256 key (Velvena's own token service, local development, tests).
/// </summary>
public sealed class JwtOptions
{
    public const string SectionName = "Auth:Jwt";
    public const int MinimumSigningKeyBytes = 32;

    public string? Authority { get; set; }

    /// <summary>Base64 or plain text, at least 32 bytes.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "velvena";

    public string Audience { get; set; } = "velvena-calendly";

    public bool UsesAuthority => !string.IsNullOrWhiteSpace(Authority);
}
