using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
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
internal sealed partial class SyncRunRecorder(IAppDbContext db, ILogger<SyncRunRecorder> logger)
{
    /// <summary>
    /// Opens a run. The caller holds the organization's sync lock (<c>ICalendlySyncLock</c>, shared by every server
    /// using the job storage), so a run of the organization still open now belongs to a process that stopped without
    /// finishing it (crash, kill, lost database): it is closed as <see cref="CalendlySyncOutcome.Interrupted"/> in the
    /// same transaction that opens the new one.
    /// </summary>
    public async Task<Guid> StartAsync(Guid organizationId, DateTime nowUtc)
    {
        db.ChangeTracker.Clear();
        var interrupted = await db.CalendlySyncRuns
            .Where(r => r.OrganizationId == organizationId && r.Outcome == CalendlySyncOutcome.Running)
            .ToListAsync(CancellationToken.None);
        foreach (var open in interrupted)
        {
            open.Interrupt(nowUtc);
            LogInterrupted(logger, open.Id, organizationId, open.StartedAtUtc);
        }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendly sync run {RunId} of organization {OrganizationId}, started {StartedAtUtc:O}, never finished (its process stopped): closed as interrupted.")]
    private static partial void LogInterrupted(ILogger logger, Guid runId, Guid organizationId, DateTime startedAtUtc);
}
