using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Ports;
using Velvena.Application.Common.Interfaces;
using Velvena.Application.Organizations;
using Velvena.Domain.Organizations;

namespace Velvena.Infrastructure.Calendly.Tokens;

/// <summary>
/// Hands out the organization's access token, refreshing it ahead of expiry or after a 401. Calendly refresh
/// tokens are single use, so a refresh happens at most once at a time per connection: in this process behind
/// <see cref="CalendlyRefreshLocks"/>, across processes behind a lease on the connection row (taken with its
/// concurrency token). The refresh POST is never retried and never cancelled half-way: its answer is the only
/// copy of the new refresh token. What it reads or obtains goes into <see cref="CalendlyAccessTokenCache"/>, which
/// the HTTP handler asks first; a call with a rejected token evicts that token from the cache before looking.
/// </summary>
internal sealed partial class CalendlyAccessTokenSource(
    IAppDbContext db,
    ITokenProtector protector,
    ICalendlyAuthorizationServer authorizationServer,
    CalendlyRefreshLocks locks,
    CalendlyAccessTokenCache cache,
    IOptions<CalendlyTokenOptions> options,
    TimeProvider clock,
    ILogger<CalendlyAccessTokenSource> logger) : ICalendlyAccessTokenSource
{
    public const string RefreshRejectedReason = "Calendly refused the refresh token: access was revoked in Calendly or the app was disconnected. Reconnect Calendly.";

    private CalendlyTokenOptions Options => options.Value;

    public async ValueTask<string> GetAccessTokenAsync(Guid organizationId, string? rejectedToken, CancellationToken cancellationToken)
    {
        if (rejectedToken is not null)
        {
            cache.Forget(organizationId, rejectedToken);
        }

        var generation = cache.Generation(organizationId);
        var connection = await LoadConnectionAsync(organizationId, cancellationToken);
        var current = CurrentAccessToken(connection, organizationId);
        if (!NeedsRefresh(connection, current, rejectedToken))
        {
            cache.Remember(organizationId, generation, current, connection.OAuthExpiresAtUtc);
            return current;
        }

        using var gate = await locks.EnterAsync(organizationId, cancellationToken);
        var deadline = clock.GetUtcNow() + Options.RefreshWaitTimeout;
        while (clock.GetUtcNow() < deadline)
        {
            // Callers that queued behind a refresh in this process take its token without reading the row again.
            if (cache.TryGet(organizationId, out var cached) && !string.Equals(cached, rejectedToken, StringComparison.Ordinal))
            {
                return cached;
            }

            generation = cache.Generation(organizationId);
            db.ChangeTracker.Clear();
            var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId, cancellationToken);
            current = CurrentAccessToken(organization.Calendly, organizationId);
            if (!NeedsRefresh(organization.Calendly, current, rejectedToken))
            {
                cache.Remember(organizationId, generation, current, organization.Calendly.OAuthExpiresAtUtc);
                return current;
            }

            var leaseId = Guid.NewGuid();
            if (organization.Calendly.TryTakeRefreshLease(leaseId, clock.GetUtcNow().UtcDateTime, Options.RefreshLeaseDuration))
            {
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return await RefreshHoldingLeaseAsync(organizationId, organization.Calendly, leaseId, generation);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Another writer got there first (perhaps another instance's lease): look again.
                }
            }

            await Task.Delay(Options.RefreshPollInterval, clock, cancellationToken);
        }

        throw new CalendlyUnavailableException("Timed out waiting for another instance to refresh the Calendly token.");
    }

    private async Task<string> RefreshHoldingLeaseAsync(Guid organizationId, CalendlyConnection connection, Guid leaseId, long cacheGeneration)
    {
        var refreshToken = protector.Unprotect(connection.EncryptedRefreshToken!, organizationId, TokenKind.RefreshToken);
        Application.Calendly.Models.CalendlyTokenGrant grant;
        try
        {
            grant = await authorizationServer.RefreshAsync(refreshToken, CancellationToken.None);
        }
        catch (CalendlyGrantRejectedException)
        {
            LogRefreshRejected(logger, organizationId);
            await SaveAsync(organizationId, c =>
            {
                c.RequireReauthorization(RefreshRejectedReason);
                c.ReleaseRefreshLease(leaseId);
            });
            cache.Forget(organizationId);
            throw new CalendlyReauthorizationRequiredException(RefreshRejectedReason);
        }
        catch
        {
            // Unknown outcome (lost answer, timeout, 5xx): the stored refresh token may or may not still be valid.
            // Not retried; the next caller tries once more, and a dead token then surfaces as invalid_grant.
            await SaveAsync(organizationId, c => c.ReleaseRefreshLease(leaseId));
            throw;
        }

        var encryptedAccess = protector.Protect(grant.AccessToken, organizationId, TokenKind.AccessToken);
        var encryptedRefresh = protector.Protect(grant.RefreshToken, organizationId, TokenKind.RefreshToken);
        await SaveAsync(organizationId, c =>
        {
            c.ReplaceTokens(encryptedAccess, encryptedRefresh, grant.ExpiresAtUtc);
            c.ReleaseRefreshLease(leaseId);
        });
        cache.Remember(organizationId, cacheGeneration, grant.AccessToken, grant.ExpiresAtUtc);
        LogRefreshed(logger, organizationId, grant.ExpiresAtUtc);
        return grant.AccessToken;
    }

    /// <summary>The new tokens must never be lost to a concurrent sync write, nor to a cancelled caller.</summary>
    private Task SaveAsync(Guid organizationId, Action<CalendlyConnection> change) =>
        db.UpdateOrganizationAsync(organizationId, organization => change(organization.Calendly), CancellationToken.None);

    private bool NeedsRefresh(CalendlyConnection connection, string current, string? rejectedToken) => rejectedToken is not null
        ? string.Equals(current, rejectedToken, StringComparison.Ordinal)
        : connection.OAuthExpiresAtUtc is not { } expires || expires - Options.RefreshMargin <= clock.GetUtcNow().UtcDateTime;

    private string CurrentAccessToken(CalendlyConnection connection, Guid organizationId)
    {
        if (!connection.IsUsable)
        {
            cache.Forget(organizationId);
            throw new CalendlyReauthorizationRequiredException(connection.ReauthorizationRequired
                ? connection.ReauthorizationReason ?? RefreshRejectedReason
                : "Calendly is not connected for this organization.");
        }

        return protector.Unprotect(connection.EncryptedAccessToken!, organizationId, TokenKind.AccessToken);
    }

    private async Task<CalendlyConnection> LoadConnectionAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null)
        {
            cache.Forget(organizationId);
            throw new CalendlyReauthorizationRequiredException("Calendly is not connected for this organization.");
        }

        return organization.Calendly;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed the Calendly access token of organization {OrganizationId}; it expires at {ExpiresAtUtc:O}.")]
    private static partial void LogRefreshed(ILogger logger, Guid organizationId, DateTime expiresAtUtc);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendly refused the refresh token of organization {OrganizationId}: reauthorization required.")]
    private static partial void LogRefreshRejected(ILogger logger, Guid organizationId);
}
