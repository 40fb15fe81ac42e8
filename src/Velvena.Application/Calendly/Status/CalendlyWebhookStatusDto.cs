namespace Velvena.Application.Calendly.Status;

/// <param name="RetryingDeliveries">Deliveries whose processing failed and that wait for another attempt.</param>
/// <param name="FailedDeliveries">
/// Deliveries given up after every attempt failed: bookings the webhooks could not record. The hourly sync still brings
/// them from Calendly; <c>POST /integrations/calendly/sync</c> tries the deliveries again.
/// </param>
public sealed record CalendlyWebhookStatusDto(string State, string? SubscriptionUri, int RetryingDeliveries, int FailedDeliveries);
