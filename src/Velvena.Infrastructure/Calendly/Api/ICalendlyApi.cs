using Refit;
using Velvena.Infrastructure.Calendly.Http;

namespace Velvena.Infrastructure.Calendly.Api;

/// <summary>
/// Calendly API v2 (<c>api.calendly.com</c>). Calls taking an <c>organizationId</c> get that organization's access
/// token from <see cref="CalendlyAccessTokenHandler"/>. Answers are <see cref="IApiResponse"/>s mapped by hand.
/// </summary>
internal interface ICalendlyApi
{
    [Get("/users/me")]
    Task<IApiResponse<CalendlyResourceResponse<CalendlyUserResource>>> GetCurrentUserAsync(
        [Authorize("Bearer")] string accessToken,
        CancellationToken cancellationToken);

    [Get("/users/me")]
    Task<IApiResponse<CalendlyResourceResponse<CalendlyUserResource>>> GetCurrentUserAsync(
        [Property(CalendlyRequestProperties.OrganizationId)] Guid organizationId,
        CancellationToken cancellationToken);

    [Get("/scheduled_events")]
    Task<IApiResponse<CalendlyCollectionResponse<CalendlyEventResource>>> ListScheduledEventsAsync(
        [Property(CalendlyRequestProperties.OrganizationId)] Guid organizationId,
        [AliasAs("user")] string? user,
        [AliasAs("organization")] string? organization,
        [AliasAs("status")] string? status,
        [AliasAs("min_start_time")] string? minStartTime,
        [AliasAs("max_start_time")] string? maxStartTime,
        [AliasAs("sort")] string? sort,
        [AliasAs("count")] int count,
        [AliasAs("page_token")] string? pageToken,
        CancellationToken cancellationToken);

    [Get("/scheduled_events/{uuid}")]
    Task<IApiResponse<CalendlyResourceResponse<CalendlyEventResource>>> GetScheduledEventAsync(
        [Property(CalendlyRequestProperties.OrganizationId)] Guid organizationId,
        string uuid,
        CancellationToken cancellationToken);

    [Get("/scheduled_events/{uuid}/invitees")]
    Task<IApiResponse<CalendlyCollectionResponse<CalendlyInviteeResource>>> ListInviteesAsync(
        [Property(CalendlyRequestProperties.OrganizationId)] Guid organizationId,
        string uuid,
        [AliasAs("count")] int count,
        [AliasAs("page_token")] string? pageToken,
        CancellationToken cancellationToken);

    [Post("/webhook_subscriptions")]
    Task<IApiResponse<CalendlyResourceResponse<CalendlyWebhookSubscriptionResource>>> CreateWebhookSubscriptionAsync(
        [Property(CalendlyRequestProperties.OrganizationId)] Guid organizationId,
        [Body] CalendlyCreateWebhookSubscriptionBody body,
        CancellationToken cancellationToken);

    [Get("/webhook_subscriptions")]
    Task<IApiResponse<CalendlyCollectionResponse<CalendlyWebhookSubscriptionResource>>> ListWebhookSubscriptionsAsync(
        [Property(CalendlyRequestProperties.OrganizationId)] Guid organizationId,
        [AliasAs("organization")] string organization,
        [AliasAs("scope")] string scope,
        [AliasAs("user")] string? user,
        [AliasAs("count")] int count,
        [AliasAs("page_token")] string? pageToken,
        CancellationToken cancellationToken);

    [Get("/webhook_subscriptions/{uuid}")]
    Task<IApiResponse<CalendlyResourceResponse<CalendlyWebhookSubscriptionResource>>> GetWebhookSubscriptionAsync(
        [Property(CalendlyRequestProperties.OrganizationId)] Guid organizationId,
        string uuid,
        CancellationToken cancellationToken);

    [Delete("/webhook_subscriptions/{uuid}")]
    Task<IApiResponse> DeleteWebhookSubscriptionAsync(
        [Property(CalendlyRequestProperties.OrganizationId)] Guid organizationId,
        string uuid,
        CancellationToken cancellationToken);
}
