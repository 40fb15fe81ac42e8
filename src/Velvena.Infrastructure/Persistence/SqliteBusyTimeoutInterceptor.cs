using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Velvena.Infrastructure.Persistence;

/// <summary>
/// Lets SQLite itself wait for the write lock (<c>PRAGMA busy_timeout</c>, retried every few milliseconds) instead of
/// Microsoft.Data.Sqlite's own retry loop, which sleeps 150 ms between attempts: with the webhook intake, the inbox
/// worker and the sync writing to one file, a writer that finds the lock taken would otherwise wait 150 ms for a
/// transaction that ends in two. Same bound as before: the connection's default command timeout.
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = BusyTimeout(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = BusyTimeout(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand BusyTimeout(DbConnection connection)
    {
        var seconds = connection is SqliteConnection sqlite ? sqlite.DefaultTimeout : 30;
        var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {seconds * 1000L};";
        return command;
    }
}
