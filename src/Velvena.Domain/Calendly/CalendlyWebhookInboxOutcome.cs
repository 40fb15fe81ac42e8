namespace Velvena.Domain.Calendly;

public enum CalendlyWebhookInboxOutcome
{
    /// <summary>Applied to the organization's prospects through the booking rules.</summary>
    Recorded = 1,

    /// <summary>No connected organization matches the delivery's Calendly user or organization.</summary>
    Dropped = 2,

    /// <summary>The payload lacks what the booking rules need (invitee or event identity, times): retrying cannot help.</summary>
    Unreadable = 3,

    /// <summary>
    /// Every attempt failed (<c>Calendly:Webhooks:MaxAttempts</c>): no longer retried on its own. The hourly sync
    /// still brings the booking from Calendly; an admin's manual sync puts the entry back in the queue.
    /// </summary>
    GaveUp = 4,
}
