using Mediator;
using Microsoft.EntityFrameworkCore;
using Velvena.Application.Common.Interfaces;

namespace Velvena.Application.Calendly.Status;

internal sealed class GetCalendlyConnectionStatusQueryHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetCalendlyConnectionStatusQuery, CalendlyConnectionStatusDto>
{
    public async ValueTask<CalendlyConnectionStatusDto> Handle(GetCalendlyConnectionStatusQuery query, CancellationToken cancellationToken)
    {
        var c = (await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == currentUser.OrganizationId, cancellationToken)).Calendly;
        return new CalendlyConnectionStatusDto(
            c.OAuthConnected,
            c.OAuthEmail,
            c.OAuthUserUri,
            c.OrganizationUri,
            c.ConnectedAtUtc,
            c.ConnectedBy,
            c.OAuthExpiresAtUtc,
            c.ReauthorizationRequired,
            c.ReauthorizationReason,
            new CalendlySyncStatusDto(c.LastSyncStatus.ToString(), c.LastSyncAtUtc, c.LastSyncError),
            new CalendlyWebhookStatusDto(c.WebhookState.ToString(), c.WebhookSubscriptionUri),
            c.DisconnectedAtUtc,
            c.RemoteRevocationFailed);
    }
}
