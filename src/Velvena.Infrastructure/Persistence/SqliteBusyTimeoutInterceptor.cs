using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Velvena.Infrastructure.Persistence;

/// <summary>
/// Sets SQLite's own busy timeout on every opened connection. Without it, a writer that finds the write lock taken
/// gets SQLITE_BUSY at once and Microsoft.Data.Sqlite retries after a blocking 150 ms sleep, so a few dozen
/// concurrent writers (sync jobs, webhooks) spend most of their time asleep. SQLite's busy handler instead retries
/// within milliseconds of the lock being released. Same bound as the command timeout (30 s).
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeoutInterceptor Instance = new();

    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    private SqliteBusyTimeoutInterceptor()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
