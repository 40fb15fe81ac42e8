namespace Velvena.Application.Calendly.Sync;

public enum CalendlySyncScope
{
    /// <summary><c>GET /scheduled_events?user=</c> the connected user.</summary>
    User = 0,

    /// <summary>
    /// <c>GET /scheduled_events?organization=</c>: every member's events. Calendly allows it to organization admins
    /// only; a sync whose connected user is not one falls back to the user's own events.
    /// </summary>
    Organization = 1,
}
