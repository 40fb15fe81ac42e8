using Mediator;
using Microsoft.EntityFrameworkCore;
using Velvena.Application.Calendly.Webhooks.Ports;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Calendly;

namespace Velvena.Application.Calendly.Webhooks.Inbox.Accept;

internal sealed class AcceptCalendlyWebhookCommandHandler(IAppDbContext db, ICalendlyWebhookInboxDispatcher dispatcher, TimeProvider clock)
    : ICommandHandler<AcceptCalendlyWebhookCommand, AcceptCalendlyWebhookResult>
{
    public async ValueTask<AcceptCalendlyWebhookResult> Handle(AcceptCalendlyWebhookCommand command, CancellationToken cancellationToken)
    {
        if (await FindAsync(command, cancellationToken) is { } known)
        {
            return new AcceptCalendlyWebhookResult(known, Duplicate: true);
        }

        var entry = new CalendlyWebhookInboxEntry(
            Guid.NewGuid(), command.EventName, command.InviteeUri, command.DeliveryCreatedAtUtc, command.Payload, clock.GetUtcNow().UtcDateTime);
        db.CalendlyWebhookInbox.Add(entry);
        try
        {
            // Not cancellable: once Calendly's request reached this point, an aborted connection must not lose it half-way.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException)
        {
            // A concurrent copy of the same delivery won the unique index; anything else is a real failure.
            db.ChangeTracker.Clear();
            var winner = await FindAsync(command, CancellationToken.None);
            if (winner is null)
            {
                throw;
            }

            return new AcceptCalendlyWebhookResult(winner.Value, Duplicate: true);
        }

        dispatcher.Enqueue(entry.Id);
        return new AcceptCalendlyWebhookResult(entry.Id, Duplicate: false);
    }

    private async Task<Guid?> FindAsync(AcceptCalendlyWebhookCommand command, CancellationToken cancellationToken) =>
        await db.CalendlyWebhookInbox.AsNoTracking()
            .Where(e => e.EventName == command.EventName && e.InviteeUri == command.InviteeUri && e.DeliveryCreatedAtUtc == command.DeliveryCreatedAtUtc)
            .Select(e => (Guid?)e.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
