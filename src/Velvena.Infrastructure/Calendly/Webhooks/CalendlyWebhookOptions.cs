using Velvena.Application.Calendly.Webhooks.Models;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>Receiving and keeping Calendly webhooks (<c>Calendly:Webhooks</c>).</summary>
public sealed class CalendlyWebhookOptions
{
    public const string SectionName = "Calendly:Webhooks";

    /// <summary><c>User</c> (default) or <c>Organization</c> (used when the connected user is a Calendly admin).</summary>
    public CalendlyWebhookScope Scope { get; set; } = CalendlyWebhookScope.User;

    /// <summary>How far a signature's timestamp may be from now (Calendly's own example uses 3 minutes).</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Larger bodies are refused with 413 before being read whole (Calendly's invitee payloads are a few KB).</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Recurring job <c>calendly-webhook-health</c>: checks every subscription, recreates missing or disabled ones.</summary>
    public string HealthCron { get; set; } = "*/15 * * * *";

    /// <summary>Recurring job <c>calendly-webhook-inbox</c>: retries deliveries the in-process worker did not finish.</summary>
    public string InboxSweepCron { get; set; } = "* * * * *";

    /// <summary>
    /// An entry still unprocessed this long after it was received is retried by the sweep; also the wait after a first
    /// failed attempt, doubled after each next failure up to <see cref="MaxRetryDelay"/>.
    /// </summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts of a failing entry.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Attempts at applying one entry (the in-process one included) before it is given up (<c>GaveUp</c>, logged at
    /// Error, counted in the connection status). With the defaults the last attempt comes about 3 hours after the first.
    /// </summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Deliveries written to the inbox in one transaction at most (group commit; see CalendlyWebhookInboxWriter).</summary>
    public int InboxBatchSize { get; set; } = 256;

    /// <summary>Entries one sweep handles at most.</summary>
    public int SweepBatchSize { get; set; } = 500;

    /// <summary>
    /// Whether this process applies accepted deliveries at once in the background. When false (maintenance, tests),
    /// deliveries are still accepted and stored, and the inbox sweep applies them.
    /// </summary>
    public bool ProcessInBackground { get; set; } = true;
}
