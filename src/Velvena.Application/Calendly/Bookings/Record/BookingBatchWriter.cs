using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Velvena.Application.Calendly.Bookings.Notes;
using Velvena.Application.Calendly.Models;
using Velvena.Application.Common.Exceptions;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Organizations;

namespace Velvena.Application.Calendly.Bookings.Record;

/// <summary>
/// Applies Calendly invitees to the organization's prospects and appointments through <see cref="BookingRules"/>, in
/// one transaction per batch: the webhooks write batches of one, the sync a page of events at a time. Lost races
/// (another writer saved one of the same people or invitees first) replay the whole batch on top of what they saved.
/// </summary>
internal sealed partial class BookingBatchWriter(IAppDbContext db, TimeProvider clock, ILogger<BookingBatchWriter> logger)
{
    // Each lost race lets one more writer through, so a burst of N copies touching one person needs up to N
    // attempts; 30 covers a 20-way burst (webhook + sync + redeliveries are a handful in practice).
    private const int MaxAttempts = 30;

    /// <param name="completedEvents">
    /// Events whose every invitee is in this batch or was in an earlier one: their snapshot is recorded in the same
    /// transaction, so that a sync stopped half-way through an event finds it changed next time.
    /// </param>
    /// <returns>One outcome per booking, in order.</returns>
    /// <exception cref="NotFoundException">The organization does not exist.</exception>
    public async Task<BookingOutcome[]> WriteAsync(
        Guid organizationId,
        IReadOnlyList<CalendlyEventInvitee> bookings,
        IReadOnlyList<CalendlyScheduledEvent> completedEvents,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        ArgumentNullException.ThrowIfNull(completedEvents);

        var organization = await db.Organizations
            .AsNoTracking()
            .Where(o => o.Id == organizationId)
            .Select(o => new { o.TimeZone, o.CountryCode })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For(nameof(Organization), organizationId);

        var notes = FrenchAppointmentNotes.For(organization.TimeZone);
        var inputs = bookings.Select(b => BookingInput.Read(b, organization.CountryCode)).ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyAsync(organizationId, inputs, completedEvents, notes, cancellationToken);
            }
            catch (DbUpdateException exception) when (attempt < MaxAttempts)
            {
                // A unique index (same person, same invitee, same event snapshot) or a concurrency token (same prospect
                // or appointment changed since it was read): forget what was loaded and apply the batch again.
                LogLostRace(logger, exception, inputs.Count, attempt);
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 + (5 * attempt))), cancellationToken);
            }
        }
    }

    private async Task<BookingOutcome[]> ApplyAsync(
        Guid organizationId,
        List<BookingInput> inputs,
        IReadOnlyList<CalendlyScheduledEvent> completedEvents,
        FrenchAppointmentNotes notes,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var outcomes = new BookingOutcome[inputs.Count];
        if (inputs.Count > 0)
        {
            var state = await BookingBatchState.LoadAsync(db, organizationId, inputs, cancellationToken);
            var rules = new BookingRules(db, state, organizationId, notes, now);
            for (var i = 0; i < inputs.Count; i++)
            {
                outcomes[i] = rules.Apply(inputs[i]);
            }
        }

        await EventSnapshotWriter.RecordAsync(db, organizationId, completedEvents, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return outcomes;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A batch of {Count} Calendly bookings lost a race (attempt {Attempt}); applying it again")]
    private static partial void LogLostRace(ILogger logger, Exception exception, int count, int attempt);
}
