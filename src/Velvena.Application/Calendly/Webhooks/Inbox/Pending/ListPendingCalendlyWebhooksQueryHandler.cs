using Mediator;
using Microsoft.EntityFrameworkCore;
using Velvena.Application.Common.Interfaces;

namespace Velvena.Application.Calendly.Webhooks.Inbox.Pending;

internal sealed class ListPendingCalendlyWebhooksQueryHandler(IAppDbContext db, TimeProvider clock)
    : IQueryHandler<ListPendingCalendlyWebhooksQuery, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListPendingCalendlyWebhooksQuery query, CancellationToken cancellationToken)
    {
        var receivedBefore = clock.GetUtcNow().UtcDateTime - query.MinimumAge;
        return await db.CalendlyWebhookInbox.AsNoTracking()
            .Where(e => e.ProcessedAtUtc == null && e.ReceivedAtUtc <= receivedBefore)
            .OrderBy(e => e.ReceivedAtUtc)
            .Take(query.Limit)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
    }
}
