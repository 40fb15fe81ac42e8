namespace Velvena.Domain.Calendly;

public enum CalendlyWebhookInboxOutcome
{
    /// <summary>Applied to the organization's prospects through the booking rules.</summary>
    Recorded = 1,

    /// <summary>No connected organization matches the delivery's Calendly user or organization.</summary>
    Dropped = 2,

    /// <summary>The payload lacks what the booking rules need (invitee or event identity, times): retrying cannot help.</summary>
    Unreadable = 3,
}
