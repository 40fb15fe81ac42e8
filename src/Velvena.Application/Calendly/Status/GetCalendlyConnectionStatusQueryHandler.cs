using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Velvena.Application.Calendly.Sync;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Calendly;
using Velvena.Domain.Organizations;

namespace Velvena.Application.Calendly.Status;

internal sealed class GetCalendlyConnectionStatusQueryHandler(
    IAppDbContext db, ICurrentUser currentUser, IOptions<CalendlySyncOptions> syncOptions, TimeProvider clock)
    : IQueryHandler<GetCalendlyConnectionStatusQuery, CalendlyConnectionStatusDto>
{
    private const string StaleRunError =
        "Interrupted: the sync has not finished long after it started (its process most likely stopped); the next sync closes it and takes over its work.";

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
        var deliveries = await db.CalendlyWebhookInbox.AsNoTracking()
            .Where(e => e.OrganizationId == currentUser.OrganizationId
                && (e.Outcome == CalendlyWebhookInboxOutcome.GaveUp || (e.Outcome == null && e.Attempts > 0)))
            .GroupBy(e => e.Outcome)
            .Select(g => new { Outcome = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
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
            SyncStatus(c, lastRun),
            new CalendlyWebhookStatusDto(
                c.WebhookState.ToString(),
                c.WebhookSubscriptionUri,
                c.WebhookScope?.ToString(),
                deliveries.Where(d => d.Outcome == null).Sum(d => d.Count),
                deliveries.Where(d => d.Outcome == CalendlyWebhookInboxOutcome.GaveUp).Sum(d => d.Count)),
            c.DisconnectedAtUtc,
            c.RemoteRevocationFailed);
    }

    /// <summary>
    /// A run its process never finished stays open until the next sync of the organization closes it (only that one
    /// can tell for sure: it holds the sync lock). Until then, a run open for longer than
    /// <see cref="CalendlySyncOptions.StaleRunAfter"/> is shown as interrupted rather than running forever, e.g. for
    /// a connection that needs reauthorization and so is not synced again.
    /// </summary>
    private CalendlySyncStatusDto SyncStatus(CalendlyConnection c, CalendlySyncRunDto? lastRun)
    {
        var stale = lastRun is { FinishedAtUtc: null, Outcome: nameof(CalendlySyncOutcome.Running) }
            && lastRun.StartedAtUtc <= clock.GetUtcNow().UtcDateTime - syncOptions.Value.StaleRunAfter;
        if (!stale)
        {
            return new CalendlySyncStatusDto(c.LastSyncStatus.ToString(), c.LastSyncAtUtc, c.LastSyncError, lastRun);
        }

        var shown = lastRun! with { Outcome = nameof(CalendlySyncOutcome.Interrupted), Error = StaleRunError };
        return c.LastSyncStatus == CalendlySyncStatus.Running
            ? new CalendlySyncStatusDto(nameof(CalendlySyncStatus.Failed), c.LastSyncAtUtc, StaleRunError, shown)
            : new CalendlySyncStatusDto(c.LastSyncStatus.ToString(), c.LastSyncAtUtc, c.LastSyncError, shown);
    }
}
