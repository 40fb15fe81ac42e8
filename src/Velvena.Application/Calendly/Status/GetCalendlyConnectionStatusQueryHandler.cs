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
        var lastRun = await db.CalendlySyncRuns.AsNoTracking()
            .Where(r => r.OrganizationId == currentUser.OrganizationId)
            .OrderByDescending(r => r.StartedAtUtc)
            .Select(r => new CalendlySyncRunDto(
                r.Id,
                r.Outcome.ToString(),
                r.StartedAtUtc,
                r.FinishedAtUtc,
                r.EventsRead,
                r.EventsChanged,
                r.InviteesRead,
                r.ProspectsCreated,
                r.AppointmentsCreated,
                r.AppointmentsUpdated,
                r.AppointmentsCanceled,
                r.CalendlyCalls,
                r.Error))
            .FirstOrDefaultAsync(cancellationToken);
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
            new CalendlySyncStatusDto(c.LastSyncStatus.ToString(), c.LastSyncAtUtc, c.LastSyncError, lastRun),
            new CalendlyWebhookStatusDto(c.WebhookState.ToString(), c.WebhookSubscriptionUri),
            c.DisconnectedAtUtc,
            c.RemoteRevocationFailed);
    }
}
