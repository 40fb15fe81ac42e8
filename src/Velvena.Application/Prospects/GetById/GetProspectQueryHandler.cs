using Mediator;
using Microsoft.EntityFrameworkCore;
using Velvena.Application.Common.Exceptions;
using Velvena.Application.Common.Interfaces;

namespace Velvena.Application.Prospects.GetById;

internal sealed class GetProspectQueryHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetProspectQuery, ProspectDto>
{
    public async ValueTask<ProspectDto> Handle(GetProspectQuery query, CancellationToken cancellationToken)
    {
        // Scoped to the caller's organization: another organization's prospect is indistinguishable from a missing one.
        var prospect = await db.Prospects
            .AsNoTracking()
            .Include(p => p.Appointments)
            .SingleOrDefaultAsync(p => p.Id == query.Id && p.OrganizationId == currentUser.OrganizationId, cancellationToken)
            ?? throw NotFoundException.For("Prospect", query.Id);

        return prospect.ToDto();
    }
}
