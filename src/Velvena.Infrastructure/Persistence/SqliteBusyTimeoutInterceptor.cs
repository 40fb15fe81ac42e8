using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Velvena.Infrastructure.Persistence;

/// <summary>
/// Lets SQLite itself wait for the write lock (<c>busy_timeout</c>, retried every few milliseconds) instead of
/// Microsoft.Data.Sqlite's own retry loop, which sleeps 150 ms between attempts: with the webhook intake, the inbox
/// worker and the sync writing to one file, a writer that finds the lock taken would otherwise wait 150 ms for a
/// transaction that ends in two. Same bound as before: the connection's default command timeout.
/// EF opens the pooled connection around every query, so this is set on the native handle (a function call)
/// rather than with a <c>PRAGMA</c> statement, which would double the statements SQLite prepares and runs.
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => SetBusyTimeout(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SetBusyTimeout(connection);
        return Task.CompletedTask;
    }

    private static void SetBusyTimeout(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite)
        {
            return;
        }

        var milliseconds = (int)Math.Min(sqlite.DefaultTimeout * 1000L, int.MaxValue);
        SqliteException.ThrowExceptionForRC(raw.sqlite3_busy_timeout(handle, milliseconds), handle);
    }
}
