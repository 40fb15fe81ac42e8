using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Models;
using Velvena.Application.Calendly.Ports;
using Velvena.Application.Calendly.Webhooks.Subscriptions;
using Velvena.Application.Common.Exceptions;
using Velvena.Application.Common.Interfaces;
using Velvena.Application.Organizations;
using Velvena.Domain.Calendly;

namespace Velvena.Application.Calendly.Connect;

/// <summary>
/// Redeems a state (single use, unexpired, the caller's), exchanges the code with its PKCE verifier, reads the
/// Calendly user, stores the connection with encrypted tokens and subscribes to its webhooks. Shared by the API callback and the browser redirect.
/// </summary>
internal sealed partial class CalendlyConnectionEstablisher(
    IAppDbContext db,
    ITokenProtector protector,
    ICalendlyAuthorizationServer authorizationServer,
    ICalendlyGateway gateway,
    ICalendlyAccessTokenCache tokenCache,
    CalendlyWebhookSubscriber webhookSubscriber,
    TimeProvider clock,
    ILogger<CalendlyConnectionEstablisher> logger)
{
    /// <returns>The connected Calendly account's e-mail.</returns>
    public async Task<string> EstablishAsync(string state, string code, CallerBinding? caller, CancellationToken cancellationToken)
    {
        var request = await RedeemStateAsync(state, caller, cancellationToken);
        var verifier = protector.Unprotect(request.EncryptedCodeVerifier, request.OrganizationId, TokenKind.CodeVerifier);

        CalendlyTokenGrant grant;
        try
        {
            grant = await authorizationServer.ExchangeCodeAsync(code, verifier, cancellationToken);
        }
        catch (CalendlyGrantRejectedException rejected)
        {
            throw ValidationException.For("code", ExplainRejectedCode(rejected));
        }

        CalendlyUser user;
        try
        {
            user = await gateway.GetCurrentUserAsync(grant.AccessToken, cancellationToken);
        }
        catch
        {
            // Nothing will be stored: leave no live grant behind at Calendly either.
            await RevokeQuietlyAsync(grant.RefreshToken, CancellationToken.None);
            throw;
        }

        var previousRefreshToken = await StoreConnectionAsync(request, grant, user, cancellationToken);
        tokenCache.Forget(request.OrganizationId);
        if (previousRefreshToken is not null)
        {
            await RevokeQuietlyAsync(previousRefreshToken, cancellationToken);
        }

        // Never fails the connect: a failure is recorded as Missing and the webhook health job retries.
        await webhookSubscriber.EnsureAsync(request.OrganizationId, matchConfiguredScope: true, cancellationToken);
        return user.Email;
    }

    public static string ExplainRejectedCode(CalendlyGrantRejectedException rejected) => rejected.Error switch
    {
        "invalid_client" => "Calendly refused the app's credentials (invalid_client): the client id or secret is wrong; check CALENDLY_CLIENT_ID / CALENDLY_CLIENT_SECRET.",
        "invalid_grant" => "Calendly refused the authorization code (invalid_grant): the code expired (10 minutes), was already used, or the redirect URI differs from the one the app registered. Start the connection again.",
        { } error => $"Calendly refused the authorization code ({error}). Start the connection again.",
        null => "Calendly refused the authorization code. Start the connection again.",
    };

    private async Task<CalendlyAuthorizationRequest> RedeemStateAsync(string state, CallerBinding? caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = OAuthState.Hash(state);
        var request = await db.CalendlyAuthorizationRequests.AsNoTracking().SingleOrDefaultAsync(r => r.StateHash == hash, cancellationToken);
        var problem = request switch
        {
            null => "The state is unknown: start the connection again.",
            { ConsumedAtUtc: not null } => "The state was already used: start the connection again.",
            _ when request.IsExpired(now) => "The state expired (10 minutes): start the connection again.",
            _ when caller is not null && (request.OrganizationId != caller.OrganizationId || request.UserId != caller.UserId)
                => "The state was issued to another user or organization.",
            _ => null,
        };
        if (problem is not null)
        {
            throw ValidationException.For("state", problem);
        }

        // Atomic single use: of two requests redeeming the same state, exactly one updates the row.
        var redeemed = await db.CalendlyAuthorizationRequests
            .Where(r => r.Id == request!.Id && r.ConsumedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ConsumedAtUtc, now), cancellationToken);
        if (redeemed != 1)
        {
            throw ValidationException.For("state", "The state was already used: start the connection again.");
        }

        return request!;
    }

    /// <returns>The refresh token of the connection this one replaces, to revoke once the new one is stored.</returns>
    private async Task<string?> StoreConnectionAsync(CalendlyAuthorizationRequest request, CalendlyTokenGrant grant, CalendlyUser user, CancellationToken cancellationToken)
    {
        var organizationId = request.OrganizationId;
        var encryptedAccess = protector.Protect(grant.AccessToken, organizationId, TokenKind.AccessToken);
        var encryptedRefresh = protector.Protect(grant.RefreshToken, organizationId, TokenKind.RefreshToken);
        string? previous = null;
        await db.UpdateOrganizationAsync(
            organizationId,
            organization =>
            {
                previous = organization.Calendly.EncryptedRefreshToken;
                organization.Calendly.Connect(
                    user.Email,
                    user.Uri,
                    string.IsNullOrEmpty(grant.OrganizationUri) ? user.CurrentOrganization : grant.OrganizationUri,
                    encryptedAccess,
                    encryptedRefresh,
                    grant.ExpiresAtUtc,
                    request.UserId,
                    clock.GetUtcNow().UtcDateTime);
            },
            CancellationToken.None);
        return previous is null ? null : TryUnprotect(previous, organizationId);
    }

    private string? TryUnprotect(string encrypted, Guid organizationId)
    {
        try
        {
            return protector.Unprotect(encrypted, organizationId, TokenKind.RefreshToken);
        }
        catch (TokenDecryptionException)
        {
            return null;
        }
    }

    private async Task RevokeQuietlyAsync(string refreshToken, CancellationToken cancellationToken)
    {
        try
        {
            await authorizationServer.RevokeAsync(refreshToken, cancellationToken);
        }
        catch (Exception ex) when (ex is CalendlyException or HttpRequestException or TaskCanceledException)
        {
            LogRevokeFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not revoke the replaced Calendly refresh token at Calendly ({Reason}); it is erased here.")]
    private static partial void LogRevokeFailed(ILogger logger, string reason);
}
