using Mediator;
using Microsoft.EntityFrameworkCore;
using Velvena.Application.Common.Interfaces;

namespace Velvena.Application.Calendly.Webhooks.Inbox.Pending;

internal sealed class ListPendingCalendlyWebhooksQueryHandler(IAppDbContext db, TimeProvider clock)
    : IQueryHandler<ListPendingCalendlyWebhooksQuery, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListPendingCalendlyWebhooksQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var receivedBefore = now - query.MinimumAge;
        return await db.CalendlyWebhookInbox.AsNoTracking()
            .Where(e => e.ProcessedAtUtc == null && e.ReceivedAtUtc <= receivedBefore && (e.NextAttemptAtUtc == null || e.NextAttemptAtUtc <= now))
            .OrderBy(e => e.ReceivedAtUtc)
            .Take(query.Limit)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
    }
}
