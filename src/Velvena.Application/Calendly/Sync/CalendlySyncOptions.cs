namespace Velvena.Application.Calendly.Sync;

/// <summary>The <c>Calendly:Sync</c> settings.</summary>
public sealed class CalendlySyncOptions
{
    public const string SectionName = "Calendly:Sync";

    /// <summary>Events starting this long ago or later are read (no upper bound).</summary>
    public TimeSpan LookBack { get; set; } = TimeSpan.FromDays(7);

    /// <summary>When the recurring <c>calendly-sync</c> job runs (cron, UTC); hourly by default.</summary>
    public string Cron { get; set; } = "0 * * * *";

    /// <summary>Whose events are read: the connected user's, or the whole Calendly organization's (needs an admin connection).</summary>
    public CalendlySyncScope Scope { get; set; } = CalendlySyncScope.User;

    /// <summary>
    /// A run still open this long after it started is shown as interrupted by the connection status (its process most
    /// likely stopped). The next sync of the organization closes it for good, whatever its age: it holds the sync lock.
    /// </summary>
    public TimeSpan StaleRunAfter { get; set; } = TimeSpan.FromMinutes(30);
}
