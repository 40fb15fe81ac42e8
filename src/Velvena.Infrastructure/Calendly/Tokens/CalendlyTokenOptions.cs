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
}
