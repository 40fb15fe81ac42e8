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

        CalendlyWebhookBooking booking;
        try
        {
            booking = reader.ReadBooking(entry.Payload);
        }
        catch (CalendlyException unreadable)
        {
            LogUnreadable(logger, entry.Id, entry.EventName, unreadable.Message);
            return await MarkAsync(entry.Id, CalendlyWebhookInboxOutcome.Unreadable, null);
        }

        var organizations = await FindOrganizationsAsync(booking, cancellationToken);
        if (organizations.Count == 0)
        {
            LogUnknownOrganization(logger, entry.Id, entry.EventName, booking.Invitee.Uri);
            return await MarkAsync(entry.Id, CalendlyWebhookInboxOutcome.Dropped, null);
        }

        try
        {
            foreach (var organizationId in organizations)
            {
                await sender.Send(new RecordCalendlyBookingCommand(organizationId, booking.Event, booking.Invitee), cancellationToken);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogAttemptFailed(logger, ex, entry.Id, entry.EventName);
            await RecordFailureAsync(entry.Id, ex);
            return null;
        }

        return await MarkAsync(entry.Id, CalendlyWebhookInboxOutcome.Recorded, organizations[0]);
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

    private async Task RecordFailureAsync(Guid entryId, Exception failure)
    {
        db.ChangeTracker.Clear();
        var entry = await db.CalendlyWebhookInbox.SingleAsync(e => e.Id == entryId, CancellationToken.None);
        var error = $"{failure.GetType().Name}: {failure.Message}";
        entry.RecordAttemptFailed(error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendly webhook {EntryId} ({EventName}) cannot be read as a booking: {Problem}; marked unreadable.")]
    private static partial void LogUnreadable(ILogger logger, Guid entryId, string eventName, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendly webhook {EntryId} ({EventName}, invitee {InviteeUri}) matches no connected organization; dropped.")]
    private static partial void LogUnknownOrganization(ILogger logger, Guid entryId, string eventName, string inviteeUri);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Applying Calendly webhook {EntryId} ({EventName}) failed; the inbox sweep retries it.")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, Guid entryId, string eventName);
}
