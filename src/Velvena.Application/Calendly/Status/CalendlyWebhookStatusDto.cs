namespace Velvena.Application.Calendly.Status;

public sealed record CalendlyWebhookStatusDto(string State, string? SubscriptionUri);
