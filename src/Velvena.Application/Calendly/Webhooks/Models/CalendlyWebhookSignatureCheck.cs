namespace Velvena.Application.Calendly.Webhooks.Models;

public enum CalendlyWebhookSignatureCheck
{
    Valid = 0,
    Missing = 1,
    Malformed = 2,
    Mismatch = 3,

    /// <summary>Correct, but its timestamp is outside the tolerance (a replay, or a clock far off).</summary>
    Stale = 4,

    /// <summary>No signing key is configured: nothing can be verified, so nothing is accepted.</summary>
    NotConfigured = 5,
}
