using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Ports;
using Velvena.Application.Common.Exceptions;
using Velvena.Application.Common.Interfaces;
using Velvena.Application.Organizations;

namespace Velvena.Application.Calendly.Disconnect;

internal sealed partial class DisconnectCalendlyCommandHandler(
    IAppDbContext db,
    ICurrentUser currentUser,
    ITokenProtector protector,
    ICalendlyAuthorizationServer authorizationServer,
    ICalendlyGateway gateway,
    ICalendlyAccessTokenCache tokenCache,
    TimeProvider clock,
    ILogger<DisconnectCalendlyCommandHandler> logger) : ICommandHandler<DisconnectCalendlyCommand>
{
    public async ValueTask<Unit> Handle(DisconnectCalendlyCommand command, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.OrganizationId;
        var connection = (await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId, cancellationToken)).Calendly;
        if (!connection.OAuthConnected && connection.EncryptedRefreshToken is null)
        {
            return Unit.Value;
        }

        var remoteFailed = false;
        if (connection.WebhookSubscriptionUri is { } subscription && connection.IsUsable)
        {
            remoteFailed |= !await TryAsync(() => gateway.DeleteWebhookSubscriptionAsync(organizationId, subscription, cancellationToken), "delete the webhook subscription");
        }

        if (connection.EncryptedRefreshToken is { } encrypted)
        {
            remoteFailed |= !await TryAsync(
                () => authorizationServer.RevokeAsync(protector.Unprotect(encrypted, organizationId, TokenKind.RefreshToken), cancellationToken),
                "revoke the refresh token");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.UpdateOrganizationAsync(organizationId, organization => organization.Calendly.Disconnect(now, remoteFailed), CancellationToken.None);
        tokenCache.Forget(organizationId);
        return Unit.Value;
    }

    private async Task<bool> TryAsync(Func<Task> call, string what)
    {
        try
        {
            await call();
            return true;
        }
        catch (Exception ex) when (ex is CalendlyException or HttpRequestException or TaskCanceledException or TokenDecryptionException)
        {
            LogRemoteStepFailed(logger, what, ex.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Disconnecting Calendly: could not {Step} ({Reason}); the tokens are erased here regardless.")]
    private static partial void LogRemoteStepFailed(ILogger logger, string step, string reason);
}
