using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Models;
using Velvena.Application.Calendly.Ports;
using Velvena.Application.Calendly.Webhooks.Models;
using Velvena.Application.Calendly.Webhooks.Ports;
using Velvena.Application.Common.Exceptions;
using Velvena.Application.Common.Interfaces;
using Velvena.Application.Organizations;
using Velvena.Domain.Organizations;

namespace Velvena.Application.Calendly.Webhooks.Subscriptions;

/// <summary>
/// Makes sure an organization has exactly one active Calendly webhook subscription for the configured callback URL:
/// keeps an active one, deletes a disabled one, creates a missing one, adopts one Calendly already has (409).
/// Never throws for a Calendly failure: the state is recorded as <see cref="WebhookSubscriptionState.Missing"/> and
/// the health job tries again.
/// </summary>
internal sealed partial class CalendlyWebhookSubscriber(
    IAppDbContext db,
    ICalendlyGateway gateway,
    ICalendlyWebhookSettings settings,
    ILogger<CalendlyWebhookSubscriber> logger)
{
    private const string OrganizationScope = "organization";
    private const string UserScope = "user";

    /// <summary>Keeps any active subscription (the health job: no churn, e.g. after a fallback to user scope).</summary>
    public Task<CalendlyWebhookSubscriptionResult> EnsureAsync(Guid organizationId, CancellationToken cancellationToken) =>
        EnsureAsync(organizationId, matchConfiguredScope: false, cancellationToken);

    /// <param name="matchConfiguredScope">
    /// On connect: an active subscription of the other scope than <c>Calendly:Webhooks:Scope</c> is replaced (the setting
    /// was changed since, or the user became a Calendly admin); a non-admin asking for organization scope again gets a
    /// user subscription again.
    /// </param>
    public async Task<CalendlyWebhookSubscriptionResult> EnsureAsync(Guid organizationId, bool matchConfiguredScope, CancellationToken cancellationToken)
    {
        var connection = (await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId, cancellationToken)).Calendly;
        if (!connection.IsUsable || connection.OAuthUserUri is null || connection.OrganizationUri is null)
        {
            return new CalendlyWebhookSubscriptionResult(connection.WebhookState, connection.WebhookSubscriptionUri, Replaced: false);
        }

        if (string.IsNullOrWhiteSpace(settings.CallbackUrl))
        {
            LogNoCallbackUrl(logger);
            return await RecordAsync(organizationId, null, null, WebhookSubscriptionState.Missing, replaced: false, cancellationToken);
        }

        try
        {
            var replacing = connection.WebhookState is WebhookSubscriptionState.Missing or WebhookSubscriptionState.Disabled;
            if (connection.WebhookSubscriptionUri is { } existingUri)
            {
                var existing = await gateway.GetWebhookSubscriptionAsync(organizationId, existingUri, cancellationToken);
                var otherScope = existing is not null && matchConfiguredScope && ScopeOf(existing) != ConfiguredScope;
                if (existing is not null && IsActive(existing) && !otherScope)
                {
                    return await RecordAsync(organizationId, existing.Uri, ScopeOf(existing), WebhookSubscriptionState.Active, replaced: false, cancellationToken);
                }

                if (existing is not null)
                {
                    // Calendly refuses a second subscription for the same callback URL: the old one goes first.
                    if (IsActive(existing))
                    {
                        LogReplacingOtherScope(logger, organizationId, existing.Scope);
                    }
                    else
                    {
                        LogReplacingDisabled(logger, organizationId);
                    }

                    await gateway.DeleteWebhookSubscriptionAsync(organizationId, existing.Uri, cancellationToken);
                }

                replacing = true;
            }

            var created = await CreateOrAdoptAsync(organizationId, connection.OrganizationUri, connection.OAuthUserUri, settings.CallbackUrl, cancellationToken);
            return await RecordAsync(organizationId, created.Uri, ScopeOf(created), WebhookSubscriptionState.Active, replacing, CancellationToken.None);
        }
        catch (Exception ex) when (ex is CalendlyException or HttpRequestException or TaskCanceledException or TokenDecryptionException && !cancellationToken.IsCancellationRequested)
        {
            LogSubscribeFailed(logger, organizationId, ex.GetType().Name, ex is CalendlyException calendly ? calendly.StatusCode : null);
            return await RecordAsync(organizationId, null, null, WebhookSubscriptionState.Missing, replaced: false, CancellationToken.None);
        }
    }

    private async Task<CalendlyWebhookSubscription> CreateOrAdoptAsync(
        Guid organizationId, string organizationUri, string userUri, string callbackUrl, CancellationToken cancellationToken)
    {
        var scope = settings.Scope == CalendlyWebhookScope.Organization ? OrganizationScope : UserScope;
        for (var replacedDisabled = false; ; replacedDisabled = true)
        {
            CalendlyWebhookSubscription subscription;
            try
            {
                subscription = await CreateAsync(organizationId, organizationUri, userUri, callbackUrl, scope, cancellationToken);
            }
            catch (CalendlyConflictException)
            {
                subscription = await FindByCallbackAsync(organizationId, organizationUri, userUri, callbackUrl, cancellationToken)
                    ?? throw new CalendlyException(409, "Calendly says a subscription for the callback URL exists, but none is listed.");
            }

            if (IsActive(subscription) || replacedDisabled)
            {
                return subscription;
            }

            // An adopted subscription Calendly has disabled delivers nothing: replace it once.
            await gateway.DeleteWebhookSubscriptionAsync(organizationId, subscription.Uri, cancellationToken);
        }
    }

    private async Task<CalendlyWebhookSubscription> CreateAsync(
        Guid organizationId, string organizationUri, string userUri, string callbackUrl, string scope, CancellationToken cancellationToken)
    {
        if (scope == OrganizationScope)
        {
            try
            {
                return await gateway.CreateWebhookSubscriptionAsync(
                    organizationId, new CalendlyWebhookSubscriptionRequest(callbackUrl, CalendlyWebhookEvents.Subscribed, organizationUri, OrganizationScope, null), cancellationToken);
            }
            catch (CalendlyException denied) when (denied.StatusCode == 403 && denied is not CalendlyInsufficientScopeException)
            {
                // Organization scope needs an admin or owner; Calendly does not tell us the role up front.
                LogOrganizationScopeRefused(logger, organizationId);
            }
        }

        return await gateway.CreateWebhookSubscriptionAsync(
            organizationId, new CalendlyWebhookSubscriptionRequest(callbackUrl, CalendlyWebhookEvents.Subscribed, organizationUri, UserScope, userUri), cancellationToken);
    }

    private async Task<CalendlyWebhookSubscription?> FindByCallbackAsync(
        Guid organizationId, string organizationUri, string userUri, string callbackUrl, CancellationToken cancellationToken)
    {
        foreach (var (scope, user) in new[] { (UserScope, (string?)userUri), (OrganizationScope, null) })
        {
            try
            {
                await foreach (var subscription in gateway.ListWebhookSubscriptionsAsync(organizationId, organizationUri, scope, user, cancellationToken))
                {
                    if (string.Equals(subscription.CallbackUrl, callbackUrl, StringComparison.Ordinal))
                    {
                        return subscription;
                    }
                }
            }
            catch (CalendlyException denied) when (denied.StatusCode == 403 && scope == OrganizationScope)
            {
                // Listing organization subscriptions needs an admin: a plain user's conflict is among its own.
            }
        }

        return null;
    }

    private static bool IsActive(CalendlyWebhookSubscription subscription) =>
        string.Equals(subscription.State, "active", StringComparison.OrdinalIgnoreCase);

    private WebhookSubscriptionScope ConfiguredScope =>
        settings.Scope == CalendlyWebhookScope.Organization ? WebhookSubscriptionScope.Organization : WebhookSubscriptionScope.User;

    /// <summary>The scope Calendly reports for the subscription (it may differ from the one asked for: fallback, adoption).</summary>
    private static WebhookSubscriptionScope? ScopeOf(CalendlyWebhookSubscription subscription) => subscription.Scope switch
    {
        OrganizationScope => WebhookSubscriptionScope.Organization,
        UserScope => WebhookSubscriptionScope.User,
        _ => null,
    };

    private async Task<CalendlyWebhookSubscriptionResult> RecordAsync(
        Guid organizationId, string? subscriptionUri, WebhookSubscriptionScope? scope, WebhookSubscriptionState state, bool replaced, CancellationToken cancellationToken)
    {
        CalendlyWebhookSubscriptionResult result = new(state, subscriptionUri, replaced);
        await db.UpdateOrganizationAsync(
            organizationId,
            organization =>
            {
                if (!organization.Calendly.OAuthConnected)
                {
                    // Disconnected meanwhile: the disconnect owns the subscription's fate.
                    result = new(organization.Calendly.WebhookState, organization.Calendly.WebhookSubscriptionUri, Replaced: false);
                    return;
                }

                if (organization.Calendly.WebhookSubscriptionUri != subscriptionUri
                    || organization.Calendly.WebhookState != state
                    || organization.Calendly.WebhookScope != scope)
                {
                    organization.Calendly.RecordWebhook(subscriptionUri, state, scope);
                }
            },
            cancellationToken);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendly:WebhookCallbackUrl is not configured: no webhook subscription is created; bookings arrive with the sync only.")]
    private static partial void LogNoCallbackUrl(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendly disabled the webhook subscription of organization {OrganizationId}: replacing it.")]
    private static partial void LogReplacingDisabled(ILogger logger, Guid organizationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "The Calendly webhook subscription of organization {OrganizationId} has scope {Scope}, not the configured one: replacing it.")]
    private static partial void LogReplacingOtherScope(ILogger logger, Guid organizationId, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendly refused an organization-scope webhook subscription for organization {OrganizationId} (not an admin): using user scope.")]
    private static partial void LogOrganizationScopeRefused(ILogger logger, Guid organizationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe organization {OrganizationId} to Calendly webhooks ({Reason}, HTTP {StatusCode}); the webhook health job will try again.")]
    private static partial void LogSubscribeFailed(ILogger logger, Guid organizationId, string reason, int? statusCode);
}
