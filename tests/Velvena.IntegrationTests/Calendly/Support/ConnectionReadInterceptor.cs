using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Velvena.IntegrationTests.Calendly.Support;

/// <summary>Reports to <paramref name="meter"/> each query that selects the metered organization's row.</summary>
internal sealed class ConnectionReadInterceptor(ConnectionLoadMeter meter) : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        CountIfConnectionRead(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        CountIfConnectionRead(command);
        return ValueTask.FromResult(result);
    }

    private void CountIfConnectionRead(DbCommand command)
    {
        if (command.CommandText.Contains("FROM \"Organizations\"", StringComparison.Ordinal)
            && command.Parameters.Cast<DbParameter>().Any(p => IsMeteredOrganization(p.Value)))
        {
            meter.CountRead();
        }
    }

    private bool IsMeteredOrganization(object? value) => value switch
    {
        Guid id => id == meter.OrganizationId,
        string text => Guid.TryParse(text, out var id) && id == meter.OrganizationId,
        _ => false,
    };
}
