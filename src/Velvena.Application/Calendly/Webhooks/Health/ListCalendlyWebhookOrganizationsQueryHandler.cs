using Mediator;
using Microsoft.EntityFrameworkCore;
using Velvena.Application.Common.Interfaces;

namespace Velvena.Application.Calendly.Webhooks.Health;

internal sealed class ListCalendlyWebhookOrganizationsQueryHandler(IAppDbContext db)
    : IQueryHandler<ListCalendlyWebhookOrganizationsQuery, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListCalendlyWebhookOrganizationsQuery query, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking()
            .Where(o => o.Calendly.OAuthConnected && !o.Calendly.ReauthorizationRequired)
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .ToListAsync(cancellationToken);
}
