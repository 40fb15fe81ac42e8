namespace Velvena.Application.Calendly.Status;

/// <param name="Scope">
/// Whose bookings the subscription delivers, as Calendly created it: <c>Organization</c> or <c>User</c> (also when
/// organization scope was asked for but the connected user is not a Calendly admin); null without a subscription.
/// </param>
/// <param name="RetryingDeliveries">Deliveries whose processing failed and that wait for another attempt.</param>
/// <param name="FailedDeliveries">
/// Deliveries given up after every attempt failed: bookings the webhooks could not record. The hourly sync still brings
/// them from Calendly; <c>POST /integrations/calendly/sync</c> tries the deliveries again.
/// </param>
public sealed record CalendlyWebhookStatusDto(string State, string? SubscriptionUri, string? Scope, int RetryingDeliveries, int FailedDeliveries);
