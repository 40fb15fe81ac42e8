namespace Velvena.Domain.Organizations;

/// <summary>Whose bookings the organization's Calendly webhook subscription delivers.</summary>
public enum WebhookSubscriptionScope
{
    /// <summary>The connected Calendly user's own.</summary>
    User = 0,

    /// <summary>Every host's of the Calendly organization (the connected user is a Calendly admin or owner).</summary>
    Organization = 1,
}
