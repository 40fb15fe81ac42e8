using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Velvena.Domain.Calendly;
using Velvena.Infrastructure.Persistence;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>
/// Writes several deliveries to the inbox in one transaction. Redeliveries (already stored, or repeated inside the
/// batch) write nothing and answer with the stored entry's id; the unique index stays the last word.
/// </summary>
internal static class CalendlyWebhookInboxBatch
{
    /// <returns>One outcome per entry, in order, valid only because the transaction committed.</returns>
    /// <exception cref="Exception">The batch as a whole failed (the database, the commit): nothing of it was kept.</exception>
    public static async Task<CalendlyWebhookInboxWriteOutcome[]> StoreAsync(AppDbContext db, IReadOnlyList<CalendlyWebhookInboxEntry> entries)
    {
        var outcomes = new CalendlyWebhookInboxWriteOutcome[entries.Count];

        // On SQLite this is BEGIN IMMEDIATE: the write lock is taken before the lookup, so nothing can slip in between.
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var stored = await FindStoredAsync(db, entries);
        var firstOfKey = new Dictionary<DeliveryKey, int>();
        var repeats = new List<(int Index, int First)>();
        var inserts = new List<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            var key = DeliveryKey.Of(entries[i]);
            if (stored.TryGetValue(key, out var storedId))
            {
                outcomes[i] = CalendlyWebhookInboxWriteOutcome.Stored(storedId, duplicate: true);
            }
            else if (firstOfKey.TryGetValue(key, out var first))
            {
                repeats.Add((i, first));
            }
            else
            {
                firstOfKey[key] = i;
                inserts.Add(i);
            }
        }

        await InsertAsync(db, entries, inserts, outcomes);
        await transaction.CommitAsync(CancellationToken.None);

        foreach (var (index, first) in repeats)
        {
            outcomes[index] = outcomes[first].Result is { } result
                ? CalendlyWebhookInboxWriteOutcome.Stored(result.EntryId, duplicate: true)
                : outcomes[first];
        }

        return outcomes;
    }

    private static async Task InsertAsync(AppDbContext db, IReadOnlyList<CalendlyWebhookInboxEntry> entries, List<int> inserts, CalendlyWebhookInboxWriteOutcome[] outcomes)
    {
        if (inserts.Count == 0)
        {
            return;
        }

        await using var insert = new CalendlyWebhookInboxInsertCommand(db);
        foreach (var i in inserts)
        {
            outcomes[i] = await InsertOneAsync(db, insert, entries[i]);
        }
    }

    private static async Task<CalendlyWebhookInboxWriteOutcome> InsertOneAsync(AppDbContext db, CalendlyWebhookInboxInsertCommand insert, CalendlyWebhookInboxEntry entry)
    {
        try
        {
            await insert.InsertAsync(entry);
            return CalendlyWebhookInboxWriteOutcome.Stored(entry.Id, duplicate: false);
        }
        catch (DbException refused)
        {
            // A failed INSERT undoes only itself. Either a concurrent writer (another instance on SQL Server) stored the
            // same delivery first, and the unique index refused this copy, or this row alone is refused.
            var key = DeliveryKey.Of(entry);
            var winner = await db.CalendlyWebhookInbox.AsNoTracking()
                .Where(e => e.EventName == key.EventName && e.InviteeUri == key.InviteeUri && e.DeliveryCreatedAtUtc == key.DeliveryCreatedAtUtc)
                .Select(e => (Guid?)e.Id)
                .FirstOrDefaultAsync(CancellationToken.None);
            return winner is { } id ? CalendlyWebhookInboxWriteOutcome.Stored(id, duplicate: true) : CalendlyWebhookInboxWriteOutcome.Failed(refused);
        }
    }

    /// <summary>The stored entries among the batch's keys (one query; it may return a few other deliveries of the same invitees).</summary>
    private static async Task<Dictionary<DeliveryKey, Guid>> FindStoredAsync(AppDbContext db, IReadOnlyList<CalendlyWebhookInboxEntry> entries)
    {
        var eventNames = entries.Select(e => e.EventName).Distinct(StringComparer.Ordinal).ToList();
        var inviteeUris = entries.Select(e => e.InviteeUri).Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.CalendlyWebhookInbox.AsNoTracking()
            .Where(e => eventNames.Contains(e.EventName) && inviteeUris.Contains(e.InviteeUri))
            .Select(e => new { e.Id, e.EventName, e.InviteeUri, e.DeliveryCreatedAtUtc })
            .ToListAsync(CancellationToken.None);
        var stored = new Dictionary<DeliveryKey, Guid>();
        foreach (var row in rows)
        {
            stored.TryAdd(new DeliveryKey(row.EventName, row.InviteeUri, row.DeliveryCreatedAtUtc), row.Id);
        }

        return stored;
    }

    /// <summary>What the inbox's unique index says makes two deliveries the same.</summary>
    private readonly record struct DeliveryKey(string EventName, string InviteeUri, DateTime DeliveryCreatedAtUtc)
    {
        public static DeliveryKey Of(CalendlyWebhookInboxEntry entry) => new(entry.EventName, entry.InviteeUri, entry.DeliveryCreatedAtUtc);
    }
}
