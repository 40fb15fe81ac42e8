using Velvena.Application.Calendly.Models;

namespace Velvena.Application.Calendly.Ports;

/// <summary>
/// Calendly's API (<c>api.calendly.com</c>) on behalf of one organization: the organization's access token is
/// attached (and refreshed) by the infrastructure, never handled by callers. Lists are streamed page by page.
/// </summary>
public interface ICalendlyGateway
{
    /// <summary><c>GET /users/me</c> with an explicit token (used while connecting, before anything is stored).</summary>
    Task<CalendlyUser> GetCurrentUserAsync(string accessToken, CancellationToken cancellationToken);

    Task<CalendlyUser> GetCurrentUserAsync(Guid organizationId, CancellationToken cancellationToken);

    /// <summary>Every scheduled event matching <paramref name="query"/>, following every page (<c>count=100</c>).</summary>
    IAsyncEnumerable<CalendlyScheduledEvent> ListScheduledEventsAsync(Guid organizationId, CalendlyEventQuery query, CancellationToken cancellationToken);

    Task<CalendlyScheduledEvent> GetScheduledEventAsync(Guid organizationId, string eventUri, CancellationToken cancellationToken);

    /// <summary>Every invitee of one event (active and canceled), following every page.</summary>
    IAsyncEnumerable<CalendlyInvitee> ListInviteesAsync(Guid organizationId, string eventUri, CancellationToken cancellationToken);

    Task<CalendlyWebhookSubscription> CreateWebhookSubscriptionAsync(Guid organizationId, CalendlyWebhookSubscriptionRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<CalendlyWebhookSubscription> ListWebhookSubscriptionsAsync(Guid organizationId, string organizationUri, string scope, string? userUri, CancellationToken cancellationToken);

    Task<CalendlyWebhookSubscription?> GetWebhookSubscriptionAsync(Guid organizationId, string subscriptionUri, CancellationToken cancellationToken);

    /// <summary>Deletes a subscription; an already missing one is not an error.</summary>
    Task DeleteWebhookSubscriptionAsync(Guid organizationId, string subscriptionUri, CancellationToken cancellationToken);
}
