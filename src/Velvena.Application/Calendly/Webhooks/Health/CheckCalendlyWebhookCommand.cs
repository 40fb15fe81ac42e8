using Mediator;

namespace Velvena.Application.Calendly.Webhooks.Health;

/// <summary>
/// One organization's subscription: kept when active; recreated when missing or disabled (Calendly disables it after
/// 24 h of failed deliveries), followed by a catch-up sync so nothing booked meanwhile is missed.
/// </summary>
public sealed record CheckCalendlyWebhookCommand(Guid OrganizationId) : ICommand<CheckCalendlyWebhookResult>;
