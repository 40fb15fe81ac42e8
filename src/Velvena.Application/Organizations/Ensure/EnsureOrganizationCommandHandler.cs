using Mediator;
using Microsoft.EntityFrameworkCore;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Organizations;

namespace Velvena.Application.Organizations.Ensure;

internal sealed class EnsureOrganizationCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<EnsureOrganizationCommand>
{
    public async ValueTask<Unit> Handle(EnsureOrganizationCommand command, CancellationToken cancellationToken)
    {
        if (await db.Organizations.AnyAsync(o => o.Id == command.OrganizationId, cancellationToken))
        {
            return Unit.Value;
        }

        var organization = new Organization(command.OrganizationId, command.Name, clock.GetUtcNow().UtcDateTime);
        db.Organizations.Add(organization);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first requests of a new organization raced on the primary key; the other one created it.
            db.Organizations.Entry(organization).State = EntityState.Detached;
            if (!await db.Organizations.AnyAsync(o => o.Id == command.OrganizationId, cancellationToken))
            {
                throw;
            }
        }

        return Unit.Value;
    }
}
