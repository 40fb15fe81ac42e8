using Microsoft.EntityFrameworkCore;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Organizations;

namespace Velvena.Application.Organizations;

public static class OrganizationUpdateExtensions
{
    private const int Attempts = 10;

    /// <summary>
    /// Applies <paramref name="change"/> to a freshly loaded organization and saves, starting over on a fresh copy
    /// when a concurrent writer (a token refresh, a sync, a webhook) changed the connection row meanwhile. For writes
    /// that must not be lost, such as newly issued tokens, pass <see cref="CancellationToken.None"/>.
    /// </summary>
    public static async Task UpdateOrganizationAsync(this IAppDbContext db, Guid organizationId, Action<Organization> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId, cancellationToken);
            change(organization);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
            }
        }
    }
}
