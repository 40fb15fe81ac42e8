using Velvena.Domain.Organizations;

namespace Velvena.Application.Calendly.Webhooks.Health;

public sealed record CheckCalendlyWebhookResult(WebhookSubscriptionState State, bool Recreated, bool CatchUpEnqueued);
