namespace Velvena.Application.Calendly.Webhooks.Models;

public enum CalendlyWebhookScope
{
    /// <summary>The connected user's own bookings.</summary>
    User = 0,

    /// <summary>Every booking of the Calendly organization; needs an admin or owner, else falls back to user scope.</summary>
    Organization = 1,
}
