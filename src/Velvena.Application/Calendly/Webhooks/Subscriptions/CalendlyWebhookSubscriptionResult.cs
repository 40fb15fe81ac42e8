using Velvena.Domain.Organizations;

namespace Velvena.Application.Calendly.Webhooks.Subscriptions;

/// <param name="Replaced">A missing or disabled subscription was replaced: deliveries may have been missed meanwhile.</param>
public sealed record CalendlyWebhookSubscriptionResult(WebhookSubscriptionState State, string? SubscriptionUri, bool Replaced);
