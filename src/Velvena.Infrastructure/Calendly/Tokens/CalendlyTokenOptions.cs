namespace Velvena.Infrastructure.Calendly.Tokens;

public sealed class CalendlyTokenOptions
{
    public const string SectionName = "Calendly:Tokens";

    /// <summary>Refresh this long before the access token expires, so no call goes out with a dying token.</summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one process may hold the right to spend the refresh token (longer than a token request can take).</summary>
    public TimeSpan RefreshLeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a caller waits for another process's refresh before giving up (transiently).</summary>
    public TimeSpan RefreshWaitTimeout { get; set; } = TimeSpan.FromSeconds(45);

    public TimeSpan RefreshPollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How long this process may reuse a decrypted access token without reading the connection again (never past
    /// <see cref="RefreshMargin"/> before its expiry). Bounds how long another instance's disconnect or reconnect can
    /// go unseen here; zero turns the cache off.
    /// </summary>
    public TimeSpan AccessTokenCacheDuration { get; set; } = TimeSpan.FromMinutes(1);
}
