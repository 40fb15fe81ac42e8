using Microsoft.EntityFrameworkCore;
using Velvena.Application.Common.Interfaces;
using Velvena.Application.Organizations;
using Velvena.Domain.Calendly;
using Velvena.Domain.Organizations;

namespace Velvena.Application.Calendly.Sync.SyncOrganization;

/// <summary>
/// Writes a sync run and mirrors its state onto the connection's <c>LastSync*</c>. Writes use no cancellation token
/// (a cancelled sync must still say how it ended) and start from a clean change tracker, since the booking handler
/// shares the context and clears it after lost races.
/// </summary>
internal sealed class SyncRunRecorder(IAppDbContext db)
{
    public async Task<Guid> StartAsync(Guid organizationId, DateTime nowUtc)
    {
        db.ChangeTracker.Clear();
        var run = new CalendlySyncRun(Guid.NewGuid(), organizationId, nowUtc);
        db.CalendlySyncRuns.Add(run);
        await db.SaveChangesAsync(CancellationToken.None);
        await RecordOnConnectionAsync(organizationId, CalendlySyncStatus.Running, nowUtc, null);
        return run.Id;
    }

    public async Task FinishAsync(Guid runId, CalendlySyncOutcome outcome, CalendlySyncCounts counts, string? error, DateTime nowUtc)
    {
        db.ChangeTracker.Clear();
        var run = await db.CalendlySyncRuns.SingleAsync(r => r.Id == runId, CancellationToken.None);
        run.Finish(outcome, counts, error, nowUtc);
        await db.SaveChangesAsync(CancellationToken.None);
        var status = outcome == CalendlySyncOutcome.Succeeded ? CalendlySyncStatus.Succeeded : CalendlySyncStatus.Failed;
        await RecordOnConnectionAsync(run.OrganizationId, status, nowUtc, error);
    }

    /// <summary>
    /// A token refresh may have renewed the connection's concurrency token meanwhile: the shared writer reloads and
    /// applies again, so the status is never lost and the refreshed tokens are never overwritten.
    /// </summary>
    private async Task RecordOnConnectionAsync(Guid organizationId, CalendlySyncStatus status, DateTime atUtc, string? error)
    {
        await db.UpdateOrganizationAsync(organizationId, o => o.Calendly.RecordSync(status, atUtc, error), CancellationToken.None);
        db.ChangeTracker.Clear();
    }
}
