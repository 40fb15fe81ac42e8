using System.Globalization;
using System.Runtime.CompilerServices;
using Refit;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Models;
using Velvena.Application.Calendly.Ports;
using Velvena.Infrastructure.Calendly.Http;

namespace Velvena.Infrastructure.Calendly.Api;

internal sealed class CalendlyGateway(ICalendlyApi api, TimeProvider timeProvider) : ICalendlyGateway
{
    /// <summary>Calendly's maximum page size.</summary>
    internal const int PageSize = 100;

    private const string StartTimeAscending = "start_time:asc";

    public async Task<CalendlyUser> GetCurrentUserAsync(string accessToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        var response = await SendAsync(() => api.GetCurrentUserAsync(accessToken, cancellationToken), "get current user", cancellationToken);
        return CalendlyResourceMapper.ToUser(Resource(response, "get current user"));
    }

    public async Task<CalendlyUser> GetCurrentUserAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var response = await SendAsync(() => api.GetCurrentUserAsync(organizationId, cancellationToken), "get current user", cancellationToken);
        return CalendlyResourceMapper.ToUser(Resource(response, "get current user"));
    }

    public IAsyncEnumerable<CalendlyScheduledEvent> ListScheduledEventsAsync(Guid organizationId, CalendlyEventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrEmpty(query.UserUri) && string.IsNullOrEmpty(query.OrganizationUri))
        {
            throw new ArgumentException("A scheduled event query needs a user or an organization URI.", nameof(query));
        }

        var minStart = Timestamp(query.MinStartTimeUtc);
        var maxStart = Timestamp(query.MaxStartTimeUtc);
        return StreamAsync(
            pageToken => api.ListScheduledEventsAsync(
                organizationId, query.UserUri, query.OrganizationUri, query.Status, minStart, maxStart, StartTimeAscending, PageSize, pageToken, cancellationToken),
            CalendlyResourceMapper.ToScheduledEvent,
            "list scheduled events",
            cancellationToken);
    }

    public async Task<CalendlyScheduledEvent> GetScheduledEventAsync(Guid organizationId, string eventUri, CancellationToken cancellationToken)
    {
        var uuid = CalendlyResourceUri.Uuid(eventUri, nameof(eventUri));
        var response = await SendAsync(() => api.GetScheduledEventAsync(organizationId, uuid, cancellationToken), "get scheduled event", cancellationToken);
        return CalendlyResourceMapper.ToScheduledEvent(Resource(response, "get scheduled event"));
    }

    public IAsyncEnumerable<CalendlyInvitee> ListInviteesAsync(Guid organizationId, string eventUri, CancellationToken cancellationToken)
    {
        var uuid = CalendlyResourceUri.Uuid(eventUri, nameof(eventUri));
        return StreamAsync(
            pageToken => api.ListInviteesAsync(organizationId, uuid, PageSize, pageToken, cancellationToken),
            CalendlyResourceMapper.ToInvitee,
            "list invitees",
            cancellationToken);
    }

    public async Task<CalendlyWebhookSubscription> CreateWebhookSubscriptionAsync(
        Guid organizationId, CalendlyWebhookSubscriptionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new CalendlyCreateWebhookSubscriptionBody
        {
            Url = request.CallbackUrl,
            Events = request.Events,
            Organization = request.OrganizationUri,
            Scope = request.Scope,
            User = request.UserUri,
        };
        var response = await SendAsync(
            () => api.CreateWebhookSubscriptionAsync(organizationId, body, cancellationToken), "create webhook subscription", cancellationToken);
        return CalendlyResourceMapper.ToWebhookSubscription(Resource(response, "create webhook subscription"));
    }

    public IAsyncEnumerable<CalendlyWebhookSubscription> ListWebhookSubscriptionsAsync(
        Guid organizationId, string organizationUri, string scope, string? userUri, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(organizationUri);
        ArgumentException.ThrowIfNullOrEmpty(scope);
        return StreamAsync(
            pageToken => api.ListWebhookSubscriptionsAsync(organizationId, organizationUri, scope, userUri, PageSize, pageToken, cancellationToken),
            CalendlyResourceMapper.ToWebhookSubscription,
            "list webhook subscriptions",
            cancellationToken);
    }

    public async Task<CalendlyWebhookSubscription?> GetWebhookSubscriptionAsync(Guid organizationId, string subscriptionUri, CancellationToken cancellationToken)
    {
        var uuid = CalendlyResourceUri.Uuid(subscriptionUri, nameof(subscriptionUri));
        try
        {
            var response = await SendAsync(
                () => api.GetWebhookSubscriptionAsync(organizationId, uuid, cancellationToken), "get webhook subscription", cancellationToken);
            return CalendlyResourceMapper.ToWebhookSubscription(Resource(response, "get webhook subscription"));
        }
        catch (CalendlyNotFoundException)
        {
            return null;
        }
    }

    public async Task DeleteWebhookSubscriptionAsync(Guid organizationId, string subscriptionUri, CancellationToken cancellationToken)
    {
        var uuid = CalendlyResourceUri.Uuid(subscriptionUri, nameof(subscriptionUri));
        IApiResponse response;
        try
        {
            response = await api.DeleteWebhookSubscriptionAsync(organizationId, uuid, cancellationToken);
        }
        catch (Exception exception) when (CalendlyErrors.IsTransport(exception))
        {
            throw CalendlyErrors.Transport(exception, "delete webhook subscription", cancellationToken);
        }

        using (response)
        {
            if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return;
            }

            CalendlyErrors.EnsureSuccess(response, "delete webhook subscription", timeProvider, cancellationToken);
        }
    }

    /// <summary>Follows <c>next_page_token</c> lazily: one page in memory at a time, the next fetched only when the consumer gets there.</summary>
    private async IAsyncEnumerable<TModel> StreamAsync<TResource, TModel>(
        Func<string?, Task<IApiResponse<CalendlyCollectionResponse<TResource>>>> fetchPage,
        Func<TResource, TModel> map,
        string operation,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TResource : class
    {
        string? pageToken = null;
        var seenTokens = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            var token = pageToken;
            var page = await SendAsync(() => fetchPage(token), operation, cancellationToken);
            foreach (var resource in page.Collection ?? [])
            {
                yield return map(resource);
            }

            pageToken = page.Pagination?.NextPageToken;
            if (pageToken is not null && !seenTokens.Add(pageToken))
            {
                throw new CalendlyException($"Calendly {operation}: the same page token came back twice.");
            }
        }
        while (!string.IsNullOrEmpty(pageToken));
    }

    private async Task<T> SendAsync<T>(Func<Task<IApiResponse<T>>> call, string operation, CancellationToken cancellationToken)
    {
        IApiResponse<T> response;
        try
        {
            response = await call();
        }
        catch (Exception exception) when (CalendlyErrors.IsTransport(exception))
        {
            throw CalendlyErrors.Transport(exception, operation, cancellationToken);
        }

        using (response)
        {
            return CalendlyErrors.ContentOrThrow(response, operation, timeProvider, cancellationToken);
        }
    }

    private static T Resource<T>(CalendlyResourceResponse<T> response, string operation)
        where T : class =>
        response.Resource ?? throw new CalendlyException($"Calendly {operation}: the response had no resource.");

    /// <summary>Calendly's format: UTC with six fractional digits, e.g. 2020-01-02T03:04:05.678123Z.</summary>
    internal static string? Timestamp(DateTime? value) =>
        value is not { } time
            ? null
            : (time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime())
                .ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
