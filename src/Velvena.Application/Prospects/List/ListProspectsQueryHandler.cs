using Mediator;
using Microsoft.EntityFrameworkCore;
using Velvena.Application.Common.Interfaces;
using Velvena.Application.Common.Paging;

namespace Velvena.Application.Prospects.List;

internal sealed class ListProspectsQueryHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListProspectsQuery, PagedResult<ProspectSummaryDto>>
{
    public async ValueTask<PagedResult<ProspectSummaryDto>> Handle(ListProspectsQuery query, CancellationToken cancellationToken)
    {
        var prospects = db.Prospects.AsNoTracking().Where(p => p.OrganizationId == currentUser.OrganizationId);
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            prospects = prospects.Where(p => p.Status == query.Status);
        }

        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            prospects = prospects.Where(p => p.Source == query.Source);
        }

        var total = await prospects.CountAsync(cancellationToken);
        var items = await prospects
            .OrderByDescending(p => p.CreatedAtUtc)
            .ThenByDescending(p => p.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ProjectToSummary()
            .ToListAsync(cancellationToken);

        return new PagedResult<ProspectSummaryDto>(items, query.Page, query.PageSize, total);
    }
}
