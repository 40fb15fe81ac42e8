namespace Velvena.Domain.Organizations;

/// <summary>
/// The organization's Calendly settings (the seed's <c>settings.calendly</c>). Tokens are stored only as
/// ciphertexts produced by the application's token protector; the domain never sees a plaintext token.
/// </summary>
public sealed class CalendlyConnection
{
    public const string SimpleMode = "simple";

    /// <summary>Seed: <c>enabled</c>.</summary>
    public bool Enabled { get; private set; }

    /// <summary>Seed: <c>mode</c>; only <c>simple</c> exists.</summary>
    public string Mode { get; private set; } = SimpleMode;

    /// <summary>Seed: <c>oauth_connected</c>.</summary>
    public bool OAuthConnected { get; private set; }

    /// <summary>Seed: <c>oauth_email</c>.</summary>
    public string? OAuthEmail { get; private set; }

    /// <summary>Seed: <c>oauth_user_uri</c>.</summary>
    public string? OAuthUserUri { get; private set; }

    public string? OrganizationUri { get; private set; }

    /// <summary>Seed: <c>access_token</c>, encrypted.</summary>
    public string? EncryptedAccessToken { get; private set; }

    /// <summary>Seed: <c>refresh_token</c>, encrypted.</summary>
    public string? EncryptedRefreshToken { get; private set; }

    /// <summary>Seed: <c>oauth_expires_at</c> (UTC).</summary>
    public DateTime? OAuthExpiresAtUtc { get; private set; }

    public DateTime? ConnectedAtUtc { get; private set; }

    /// <summary>The Velvena user (token <c>sub</c>) who connected the account.</summary>
    public string? ConnectedBy { get; private set; }

    public bool ReauthorizationRequired { get; private set; }

    public string? ReauthorizationReason { get; private set; }

    public CalendlySyncStatus LastSyncStatus { get; private set; } = CalendlySyncStatus.Never;

    public DateTime? LastSyncAtUtc { get; private set; }

    public string? LastSyncError { get; private set; }

    public string? WebhookSubscriptionUri { get; private set; }

    public WebhookSubscriptionState WebhookState { get; private set; } = WebhookSubscriptionState.None;

    /// <summary>
    /// Application-managed optimistic concurrency token (works the same on SQLite and SQL Server):
    /// every change to the connection takes a new value, so two writers racing (a token refresh, for one)
    /// cannot both win.
    /// </summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public void Connect(
        string email,
        string userUri,
        string organizationUri,
        string encryptedAccessToken,
        string encryptedRefreshToken,
        DateTime expiresAtUtc,
        string connectedBy,
        DateTime nowUtc)
    {
        Enabled = true;
        Mode = SimpleMode;
        OAuthConnected = true;
        OAuthEmail = email;
        OAuthUserUri = userUri;
        OrganizationUri = organizationUri;
        EncryptedAccessToken = encryptedAccessToken;
        EncryptedRefreshToken = encryptedRefreshToken;
        OAuthExpiresAtUtc = expiresAtUtc;
        ConnectedAtUtc = nowUtc;
        ConnectedBy = connectedBy;
        ReauthorizationRequired = false;
        ReauthorizationReason = null;
        Touch();
    }

    public void ReplaceTokens(string encryptedAccessToken, string encryptedRefreshToken, DateTime expiresAtUtc)
    {
        EncryptedAccessToken = encryptedAccessToken;
        EncryptedRefreshToken = encryptedRefreshToken;
        OAuthExpiresAtUtc = expiresAtUtc;
        Touch();
    }

    public void RequireReauthorization(string reason)
    {
        ReauthorizationRequired = true;
        ReauthorizationReason = reason;
        Touch();
    }

    /// <summary>Erases the tokens and marks the connection off; the account identity is kept for display.</summary>
    public void Disconnect()
    {
        Enabled = false;
        OAuthConnected = false;
        EncryptedAccessToken = null;
        EncryptedRefreshToken = null;
        OAuthExpiresAtUtc = null;
        ReauthorizationRequired = false;
        ReauthorizationReason = null;
        WebhookSubscriptionUri = null;
        WebhookState = WebhookSubscriptionState.None;
        Touch();
    }

    public void RecordSync(CalendlySyncStatus status, DateTime atUtc, string? error)
    {
        LastSyncStatus = status;
        LastSyncAtUtc = atUtc;
        LastSyncError = error;
        Touch();
    }

    public void RecordWebhook(string? subscriptionUri, WebhookSubscriptionState state)
    {
        WebhookSubscriptionUri = subscriptionUri;
        WebhookState = state;
        Touch();
    }

    private void Touch() => Version = Guid.NewGuid();
}
