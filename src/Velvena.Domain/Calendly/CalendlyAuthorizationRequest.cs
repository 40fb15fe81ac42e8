namespace Velvena.Domain.Calendly;

/// <summary>
/// One started "connect Calendly" flow: the OAuth <c>state</c> (stored as a hash only) and the PKCE verifier,
/// bound to the admin who started it. Single use, short-lived.
/// </summary>
public sealed class CalendlyAuthorizationRequest
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private CalendlyAuthorizationRequest()
    {
        StateHash = string.Empty;
        UserId = string.Empty;
        EncryptedCodeVerifier = string.Empty;
    }

    public CalendlyAuthorizationRequest(Guid id, string stateHash, Guid organizationId, string userId, string encryptedCodeVerifier, DateTime createdAtUtc)
        : this()
    {
        Id = id;
        StateHash = stateHash;
        OrganizationId = organizationId;
        UserId = userId;
        EncryptedCodeVerifier = encryptedCodeVerifier;
        CreatedAtUtc = createdAtUtc;
        ExpiresAtUtc = createdAtUtc + Lifetime;
    }

    public Guid Id { get; private set; }

    /// <summary>SHA-256 of the state, hex: a database reader cannot replay a pending flow.</summary>
    public string StateHash { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string UserId { get; private set; }

    public string EncryptedCodeVerifier { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? ConsumedAtUtc { get; private set; }

    public bool IsExpired(DateTime nowUtc) => nowUtc >= ExpiresAtUtc;
}
