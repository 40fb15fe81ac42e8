using Microsoft.EntityFrameworkCore;
using Velvena.Application.Calendly.Models;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Calendly;

namespace Velvena.Application.Calendly.Bookings.Record;

/// <summary>Records (tracked, not saved) what events looked like once all their invitees were read.</summary>
internal static class EventSnapshotWriter
{
    public static async Task RecordAsync(IAppDbContext db, Guid organizationId, IReadOnlyList<CalendlyScheduledEvent> events, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        var uris = events.Select(e => e.Uri).Distinct(StringComparer.Ordinal).ToList();
        var snapshots = await db.CalendlyEventSnapshots
            .Where(s => s.OrganizationId == organizationId && uris.Contains(s.EventUri))
            .ToDictionaryAsync(s => s.EventUri, StringComparer.Ordinal, cancellationToken);
        foreach (var scheduledEvent in events)
        {
            if (!snapshots.TryGetValue(scheduledEvent.Uri, out var snapshot))
            {
                snapshot = new CalendlyEventSnapshot(organizationId, scheduledEvent.Uri);
                db.CalendlyEventSnapshots.Add(snapshot);
                snapshots.Add(scheduledEvent.Uri, snapshot);
            }

            snapshot.Record(
                scheduledEvent.Status,
                scheduledEvent.InviteesTotal,
                scheduledEvent.InviteesActive,
                scheduledEvent.UpdatedAtUtc,
                scheduledEvent.StartTimeUtc,
                nowUtc);
        }
    }
}
