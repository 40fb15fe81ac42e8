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
    /// The scope Calendly gave the subscription: with <c>Calendly:Webhooks:Scope=Organization</c> it is
    /// <see cref="WebhookSubscriptionScope.User"/> when the connected user is not a Calendly admin. Null without one.
    /// </summary>
    public WebhookSubscriptionScope? WebhookScope { get; private set; }

    public DateTime? DisconnectedAtUtc { get; private set; }

    /// <summary>
    /// The last disconnect could not reach Calendly (tokens erased here, but not revoked there); cleared by the
    /// next connect. Shown in the status so an admin knows to revoke the app in Calendly.
    /// </summary>
    public bool RemoteRevocationFailed { get; private set; }

    /// <summary>
    /// Who is spending the single-use refresh token right now (one process across all instances sharing the
    /// database); expires on its own so a crashed holder cannot block refreshes forever.
    /// </summary>
    public Guid? RefreshLeaseId { get; private set; }

    public DateTime? RefreshLeaseExpiresAtUtc { get; private set; }

    /// <summary>Connected, not waiting for a person to reconnect: the only state in which Calendly may be called.</summary>
    public bool IsUsable => OAuthConnected && !ReauthorizationRequired && EncryptedAccessToken is not null && EncryptedRefreshToken is not null;

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
        DisconnectedAtUtc = null;
        RemoteRevocationFailed = false;
        RefreshLeaseId = null;
        RefreshLeaseExpiresAtUtc = null;
        Touch();
    }

    /// <summary>Takes the refresh lease unless another holder's lease is still running.</summary>
    public bool TryTakeRefreshLease(Guid leaseId, DateTime nowUtc, TimeSpan duration)
    {
        if (RefreshLeaseId is { } holder && holder != leaseId && RefreshLeaseExpiresAtUtc > nowUtc)
        {
            return false;
        }

        RefreshLeaseId = leaseId;
        RefreshLeaseExpiresAtUtc = nowUtc + duration;
        Touch();
        return true;
    }

    public void ReleaseRefreshLease(Guid leaseId)
    {
        if (RefreshLeaseId == leaseId)
        {
            RefreshLeaseId = null;
            RefreshLeaseExpiresAtUtc = null;
            Touch();
        }
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
    public void Disconnect(DateTime nowUtc, bool remoteRevocationFailed)
    {
        DisconnectedAtUtc = nowUtc;
        RemoteRevocationFailed = remoteRevocationFailed;
        RefreshLeaseId = null;
        RefreshLeaseExpiresAtUtc = null;
        Enabled = false;
        OAuthConnected = false;
        EncryptedAccessToken = null;
        EncryptedRefreshToken = null;
        OAuthExpiresAtUtc = null;
        ReauthorizationRequired = false;
        ReauthorizationReason = null;
        WebhookSubscriptionUri = null;
        WebhookState = WebhookSubscriptionState.None;
        WebhookScope = null;
        Touch();
    }

    public void RecordSync(CalendlySyncStatus status, DateTime atUtc, string? error)
    {
        LastSyncStatus = status;
        LastSyncAtUtc = atUtc;
        LastSyncError = error;
        Touch();
    }

    public void RecordWebhook(string? subscriptionUri, WebhookSubscriptionState state, WebhookSubscriptionScope? scope = null)
    {
        WebhookSubscriptionUri = subscriptionUri;
        WebhookState = state;
        WebhookScope = subscriptionUri is null ? null : scope;
        Touch();
    }

    private void Touch() => Version = Guid.NewGuid();
}
