namespace Velvena.Domain.Calendly;

/// <summary>
/// One accepted Calendly webhook delivery, stored before it is acknowledged so that nothing accepted is lost.
/// A redelivery (same event, invitee and envelope <c>created_at</c>) is the same entry.
/// </summary>
public sealed class CalendlyWebhookInboxEntry
{
    public const int EventNameMaxLength = 64;

    private CalendlyWebhookInboxEntry()
    {
        EventName = string.Empty;
        InviteeUri = string.Empty;
        Payload = string.Empty;
    }

    public CalendlyWebhookInboxEntry(Guid id, string eventName, string inviteeUri, DateTime deliveryCreatedAtUtc, string payload, DateTime receivedAtUtc)
        : this()
    {
        Id = id;
        EventName = eventName;
        InviteeUri = inviteeUri;
        DeliveryCreatedAtUtc = deliveryCreatedAtUtc;
        Payload = payload;
        ReceivedAtUtc = receivedAtUtc;
    }

    public Guid Id { get; private set; }

    /// <summary><c>invitee.created</c> or <c>invitee.canceled</c>.</summary>
    public string EventName { get; private set; }

    public string InviteeUri { get; private set; }

    /// <summary>The envelope's <c>created_at</c>: Calendly sends no delivery id, so this tells two changes of one invitee apart.</summary>
    public DateTime DeliveryCreatedAtUtc { get; private set; }

    /// <summary>The delivery body exactly as received (already authenticated).</summary>
    public string Payload { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public DateTime? ProcessedAtUtc { get; private set; }

    public CalendlyWebhookInboxOutcome? Outcome { get; private set; }

    /// <summary>The Velvena organization the delivery was applied to, once known.</summary>
    public Guid? OrganizationId { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>After a failed attempt, when the inbox sweep may try again (back-off); null when never failed.</summary>
    public DateTime? NextAttemptAtUtc { get; private set; }

    /// <summary>Why the last attempt failed (an exception type and a message free of secrets).</summary>
    public string? LastError { get; private set; }

    /// <param name="organizationId">The organization the delivery was being applied to, when known (shown in its status).</param>
    public void RecordAttemptFailed(string error, Guid? organizationId, DateTime nextAttemptAtUtc)
    {
        Attempts++;
        LastError = error;
        OrganizationId = organizationId ?? OrganizationId;
        NextAttemptAtUtc = nextAttemptAtUtc;
    }

    /// <summary>The last allowed attempt failed too: the entry leaves the retry queue with <see cref="CalendlyWebhookInboxOutcome.GaveUp"/>.</summary>
    public void GiveUp(string error, Guid? organizationId, DateTime atUtc)
    {
        Attempts++;
        LastError = error;
        OrganizationId = organizationId ?? OrganizationId;
        NextAttemptAtUtc = null;
        Outcome = CalendlyWebhookInboxOutcome.GaveUp;
        ProcessedAtUtc = atUtc;
    }

    /// <summary>Puts a given-up entry back in the queue with a fresh set of attempts; the last error stays for reference.</summary>
    public bool Requeue()
    {
        if (Outcome != CalendlyWebhookInboxOutcome.GaveUp)
        {
            return false;
        }

        Attempts = 0;
        NextAttemptAtUtc = null;
        Outcome = null;
        ProcessedAtUtc = null;
        return true;
    }

    public void MarkProcessed(CalendlyWebhookInboxOutcome outcome, Guid? organizationId, DateTime atUtc)
    {
        Attempts++;
        Outcome = outcome;
        OrganizationId = organizationId;
        NextAttemptAtUtc = null;
        ProcessedAtUtc = atUtc;
    }
}
