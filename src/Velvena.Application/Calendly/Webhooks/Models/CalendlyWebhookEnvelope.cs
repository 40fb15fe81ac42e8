namespace Velvena.Application.Calendly.Webhooks.Models;

/// <summary>What a delivery's envelope says, read without the booking itself (enough to store it).</summary>
public sealed record CalendlyWebhookEnvelope(string EventName, DateTime CreatedAtUtc, string? InviteeUri);
