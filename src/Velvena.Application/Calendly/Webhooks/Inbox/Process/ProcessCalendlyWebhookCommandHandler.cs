using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Velvena.Application.Calendly.Bookings.Record;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Webhooks.Models;
using Velvena.Application.Calendly.Webhooks.Ports;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Calendly;

namespace Velvena.Application.Calendly.Webhooks.Inbox.Process;

internal sealed partial class ProcessCalendlyWebhookCommandHandler(
    IAppDbContext db,
    ICalendlyWebhookPayloadReader reader,
    ICalendlyWebhookSettings settings,
    ISender sender,
    TimeProvider clock,
    ILogger<ProcessCalendlyWebhookCommandHandler> logger) : ICommandHandler<ProcessCalendlyWebhookCommand, CalendlyWebhookInboxOutcome?>
{
    private const int ErrorMaxLength = 1000;

    public async ValueTask<CalendlyWebhookInboxOutcome?> Handle(ProcessCalendlyWebhookCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.CalendlyWebhookInbox.AsNoTracking().SingleOrDefaultAsync(e => e.Id == command.EntryId, cancellationToken);
        if (entry is null || entry.ProcessedAtUtc is not null)
        {
            return entry?.Outcome;
        }

        Guid? organizationId = null;
        CalendlyWebhookInboxOutcome outcome;
        try
        {
            var booking = Read(entry);
            var organizations = booking is null ? [] : await FindOrganizationsAsync(booking, cancellationToken);
            if (booking is null)
            {
                outcome = CalendlyWebhookInboxOutcome.Unreadable;
            }
            else if (organizations.Count == 0)
            {
                LogUnknownOrganization(logger, entry.Id, entry.EventName, booking.Invitee.Uri);
                outcome = CalendlyWebhookInboxOutcome.Dropped;
            }
            else
            {
                organizationId = organizations[0];
                foreach (var organization in organizations)
                {
                    await sender.Send(new RecordCalendlyBookingCommand(organization, booking.Event, booking.Invitee), cancellationToken);
                }

                outcome = CalendlyWebhookInboxOutcome.Recorded;
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Anything, not only the booking rules: an entry that fails the same way every time must end, not loop.
            return await RecordFailureAsync(entry.Id, organizationId, ex);
        }

        return await MarkAsync(entry.Id, outcome, organizationId);
    }

    /// <summary>The booking, or null when the payload cannot be one (retrying cannot help).</summary>
    private CalendlyWebhookBooking? Read(CalendlyWebhookInboxEntry entry)
    {
        try
        {
            return reader.ReadBooking(entry.Payload);
        }
        catch (CalendlyException unreadable)
        {
            LogUnreadable(logger, entry.Id, entry.EventName, unreadable.Message);
            return null;
        }
    }

    /// <summary>
    /// Connected organizations whose Calendly user hosts the event or created the subscription (organization-scope
    /// subscriptions deliver other hosts' bookings; their <c>created_by</c> is the connected user).
    /// </summary>
    private async Task<List<Guid>> FindOrganizationsAsync(CalendlyWebhookBooking booking, CancellationToken cancellationToken)
    {
        var users = booking.Event.MemberUserUris.Append(booking.CreatedByUri).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var matches = await db.Organizations.AsNoTracking()
            .Where(o => o.Calendly.OAuthConnected && o.Calendly.OAuthUserUri != null && users.Contains(o.Calendly.OAuthUserUri))
            .Select(o => new { o.Id, UserUri = o.Calendly.OAuthUserUri })
            .ToListAsync(cancellationToken);

        // The host's own connection first; several Velvena organizations may have connected the same Calendly account.
        return [.. matches.OrderBy(m => booking.Event.MemberUserUris.Contains(m.UserUri!) ? 0 : 1).ThenBy(m => m.Id).Select(m => m.Id)];
    }

    private async Task<CalendlyWebhookInboxOutcome> MarkAsync(Guid entryId, CalendlyWebhookInboxOutcome outcome, Guid? organizationId)
    {
        db.ChangeTracker.Clear();
        var entry = await db.CalendlyWebhookInbox.SingleAsync(e => e.Id == entryId, CancellationToken.None);
        if (entry.ProcessedAtUtc is null)
        {
            entry.MarkProcessed(outcome, organizationId, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return outcome;
    }

    /// <summary>Schedules the next attempt with back-off, or gives the entry up when it had its last one.</summary>
    private async Task<CalendlyWebhookInboxOutcome?> RecordFailureAsync(Guid entryId, Guid? organizationId, Exception failure)
    {
        db.ChangeTracker.Clear();
        var entry = await db.CalendlyWebhookInbox.SingleAsync(e => e.Id == entryId, CancellationToken.None);
        if (entry.ProcessedAtUtc is not null)
        {
            // A concurrent attempt (the worker and the sweep) finished it meanwhile.
            return entry.Outcome;
        }

        var error = $"{failure.GetType().Name}: {failure.Message}";
        error = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        var now = clock.GetUtcNow().UtcDateTime;
        var retry = settings.Retry;
        if (retry.DelayAfter(entry.Attempts + 1) is { } delay)
        {
            entry.RecordAttemptFailed(error, organizationId, now + delay);
            await db.SaveChangesAsync(CancellationToken.None);
            LogAttemptFailed(logger, failure, entry.Id, entry.EventName, entry.Attempts, retry.MaxAttempts, delay);
            return null;
        }

        entry.GiveUp(error, organizationId, now);
        await db.SaveChangesAsync(CancellationToken.None);
        LogGaveUp(logger, entry.Id, entry.EventName, entry.InviteeUri, entry.OrganizationId, entry.Attempts, error);
        return CalendlyWebhookInboxOutcome.GaveUp;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendly webhook {EntryId} ({EventName}) cannot be read as a booking: {Problem}; marked unreadable.")]
    private static partial void LogUnreadable(ILogger logger, Guid entryId, string eventName, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendly webhook {EntryId} ({EventName}, invitee {InviteeUri}) matches no connected organization; dropped.")]
    private static partial void LogUnknownOrganization(ILogger logger, Guid entryId, string eventName, string inviteeUri);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Applying Calendly webhook {EntryId} ({EventName}) failed (attempt {Attempt} of {MaxAttempts}); the inbox sweep retries it in {RetryIn}.")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, Guid entryId, string eventName, int attempt, int maxAttempts, TimeSpan retryIn);

    /// <summary>Names the delivery, never its payload (personal data) nor anything of its signature.</summary>
    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on Calendly webhook {EntryId} ({EventName}, invitee {InviteeUri}, organization {OrganizationId}) after {Attempts} failed attempts: {LastError}. The hourly sync still brings the booking from Calendly; an admin's manual sync (POST /integrations/calendly/sync) retries the delivery.")]
    private static partial void LogGaveUp(ILogger logger, Guid entryId, string eventName, string inviteeUri, Guid? organizationId, int attempts, string lastError);
}
