using System.Diagnostics;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velvena.Application.Calendly.Bookings.Record;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Models;
using Velvena.Application.Calendly.Ports;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Calendly;
using Velvena.Domain.Organizations;

namespace Velvena.Application.Calendly.Sync.SyncOrganization;

internal sealed partial class SyncOrganizationCommandHandler(
    IAppDbContext db,
    ICalendlyGateway gateway,
    BookingBatchWriter writer,
    ICalendlySyncLock syncLock,
    ICalendlyCallMeter callMeter,
    SyncRunRecorder recorder,
    IOptions<CalendlySyncOptions> options,
    TimeProvider clock,
    ILogger<SyncOrganizationCommandHandler> logger)
    : ICommandHandler<SyncOrganizationCommand, SyncOrganizationResult>
{
    /// <summary>Calendly's largest page: one snapshot query per page of events.</summary>
    private const int EventsPerPage = 100;

    /// <summary>Bounds one transaction (and the SQL parameters of its lookups) whatever the size of group events.</summary>
    private const int MaxBookingsPerBatch = 200;

    public async ValueTask<SyncOrganizationResult> Handle(SyncOrganizationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organizationId = command.OrganizationId;
        using var lease = syncLock.TryAcquire(organizationId);
        if (lease is null)
        {
            LogSkippedRunning(logger, organizationId);
            return new SyncOrganizationResult(organizationId, SyncOrganizationStatus.SkippedAlreadyRunning, CalendlySyncCounts.Zero, null, null);
        }

        var connection = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == organizationId)
            .Select(o => o.Calendly)
            .SingleOrDefaultAsync(cancellationToken);

        // A deleted organization is skipped like a disconnected one: retrying its job could not help.
        if (connection is not { IsUsable: true })
        {
            LogSkippedNotConnected(logger, organizationId);
            return new SyncOrganizationResult(organizationId, SyncOrganizationStatus.SkippedNotConnected, CalendlySyncCounts.Zero, null, null);
        }

        var stopwatch = Stopwatch.StartNew();
        var runId = await recorder.StartAsync(organizationId, clock.GetUtcNow().UtcDateTime);
        var progress = new SyncProgress();
        using var tally = callMeter.StartTally();
        try
        {
            await SyncEventsAsync(organizationId, connection, progress, cancellationToken);
        }
        catch (Exception exception)
        {
            var permanent = exception is CalendlyException { IsTransient: false };
            var outcome = permanent ? CalendlySyncOutcome.FailedPermanent : CalendlySyncOutcome.FailedTransient;
            var error = Describe(exception);
            var failedCounts = progress.ToCounts(tally.Calls);
            await recorder.FinishAsync(runId, outcome, failedCounts, error, clock.GetUtcNow().UtcDateTime);
            LogFinished(logger, organizationId, outcome, failedCounts, stopwatch.Elapsed);
            if (!permanent)
            {
                throw;
            }

            return new SyncOrganizationResult(organizationId, SyncOrganizationStatus.Failed, failedCounts, error, runId);
        }

        var counts = progress.ToCounts(tally.Calls);
        await recorder.FinishAsync(runId, CalendlySyncOutcome.Succeeded, counts, null, clock.GetUtcNow().UtcDateTime);
        LogFinished(logger, organizationId, CalendlySyncOutcome.Succeeded, counts, stopwatch.Elapsed);
        return new SyncOrganizationResult(organizationId, SyncOrganizationStatus.Succeeded, counts, null, runId);
    }

    private async Task SyncEventsAsync(Guid organizationId, CalendlyConnection connection, SyncProgress progress, CancellationToken cancellationToken)
    {
        var windowStart = clock.GetUtcNow().UtcDateTime - options.Value.LookBack;
        var userQuery = new CalendlyEventQuery(connection.OAuthUserUri, null, windowStart, null);
        if (options.Value.Scope == CalendlySyncScope.Organization && connection.OrganizationUri is not null)
        {
            try
            {
                await SyncEventsAsync(organizationId, new CalendlyEventQuery(null, connection.OrganizationUri, windowStart, null), progress, cancellationToken);
            }
            catch (CalendlyException exception) when (exception is { StatusCode: 403 } and not CalendlyInsufficientScopeException && progress.EventsRead == 0)
            {
                // Only Calendly organization admins may list the organization's events: read the connected user's own.
                LogOrganizationScopeRefused(logger, organizationId);
                await SyncEventsAsync(organizationId, userQuery, progress, cancellationToken);
            }
        }
        else
        {
            await SyncEventsAsync(organizationId, userQuery, progress, cancellationToken);
        }

        // Events that started before the window are never listed again: their snapshots are of no further use.
        await db.CalendlyEventSnapshots
            .Where(s => s.OrganizationId == organizationId && s.StartTimeUtc < windowStart)
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Streams the events a page at a time: only that page's snapshots are loaded, and the invitees of its changed
    /// events are written in batches of at most <see cref="MaxBookingsPerBatch"/>, so memory stays flat in the number
    /// of events and the database sees one transaction per batch rather than one per invitee.
    /// </summary>
    private async Task SyncEventsAsync(Guid organizationId, CalendlyEventQuery query, SyncProgress progress, CancellationToken cancellationToken)
    {
        var batch = new SyncBatch();
        try
        {
            await foreach (var page in gateway.ListScheduledEventsAsync(organizationId, query, cancellationToken).Chunk(EventsPerPage).WithCancellation(cancellationToken))
            {
                progress.EventsRead += page.Length;
                var known = await LoadSnapshotsAsync(organizationId, page, cancellationToken);
                foreach (var scheduledEvent in page)
                {
                    if (known.TryGetValue(scheduledEvent.Uri, out var snapshot)
                        && snapshot.Matches(scheduledEvent.Status, scheduledEvent.InviteesTotal, scheduledEvent.InviteesActive, scheduledEvent.UpdatedAtUtc))
                    {
                        continue;
                    }

                    progress.EventsChanged++;
                    await foreach (var invitee in gateway.ListInviteesAsync(organizationId, scheduledEvent.Uri, cancellationToken))
                    {
                        progress.InviteesRead++;
                        batch.Bookings.Add(new CalendlyEventInvitee(scheduledEvent, invitee));
                        if (batch.Bookings.Count >= MaxBookingsPerBatch)
                        {
                            await WriteAsync(organizationId, batch, progress, cancellationToken);
                        }
                    }

                    // Only once every invitee is read: a sync stopped half-way through must find the event changed next time.
                    batch.CompletedEvents.Add(scheduledEvent);
                }

                await WriteAsync(organizationId, batch, progress, cancellationToken);
            }
        }
        catch (CalendlyException)
        {
            // What was read before Calendly failed is kept; the events it did not finish stay "changed".
            await WriteAsync(organizationId, batch, progress, cancellationToken);
            throw;
        }
    }

    private async Task<Dictionary<string, CalendlyEventSnapshot>> LoadSnapshotsAsync(Guid organizationId, CalendlyScheduledEvent[] page, CancellationToken cancellationToken)
    {
        var uris = page.Select(e => e.Uri).ToList();
        return await db.CalendlyEventSnapshots.AsNoTracking()
            .Where(s => s.OrganizationId == organizationId && uris.Contains(s.EventUri))
            .ToDictionaryAsync(s => s.EventUri, StringComparer.Ordinal, cancellationToken);
    }

    private async Task WriteAsync(Guid organizationId, SyncBatch batch, SyncProgress progress, CancellationToken cancellationToken)
    {
        if (batch.IsEmpty)
        {
            return;
        }

        foreach (var outcome in await writer.WriteAsync(organizationId, batch.Bookings, batch.CompletedEvents, cancellationToken))
        {
            progress.Count(outcome);
        }

        batch.Clear();
        db.ChangeTracker.Clear();
    }

    /// <summary>Calendly exceptions carry the status and Calendly's title only; anything else is named by type, not message.</summary>
    private static string Describe(Exception exception) => exception switch
    {
        CalendlyException calendly => calendly.StatusCode is { } status ? $"Calendly {status}: {calendly.Message}" : calendly.Message,
        OperationCanceledException => "The sync was interrupted (shutdown or timeout).",
        _ => $"Unexpected error ({exception.GetType().Name}).",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendly sync of organization {OrganizationId} skipped: another sync of it is running.")]
    private static partial void LogSkippedRunning(ILogger logger, Guid organizationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendly sync of organization {OrganizationId} skipped: not connected or reauthorization required.")]
    private static partial void LogSkippedNotConnected(ILogger logger, Guid organizationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendly refused the organization-wide event list for organization {OrganizationId} (the connected user is not an admin): reading the user's own events.")]
    private static partial void LogOrganizationScopeRefused(ILogger logger, Guid organizationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendly sync of organization {OrganizationId} {Outcome} in {Elapsed}: {Counts}")]
    private static partial void LogFinished(ILogger logger, Guid organizationId, CalendlySyncOutcome outcome, CalendlySyncCounts counts, TimeSpan elapsed);
}
