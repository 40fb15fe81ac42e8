using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Velvena.Application.Common.Interfaces;

namespace Velvena.Infrastructure.Health;

/// <summary>The database answers a query and its schema is migrated (a pending migration means not ready).</summary>
internal sealed class DatabaseHealthCheck(IAppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var database = ((DbContext)db).Database;
        try
        {
            if (!await database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }

            var pending = (await database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy("Database reachable and migrated.")
                : HealthCheckResult.Unhealthy($"{pending} migration(s) not applied.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's message may carry server names or connection details: report its type only.
            return HealthCheckResult.Unhealthy($"Database check failed ({ex.GetType().Name}).");
        }
    }
}
