using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Velvena.Infrastructure.Persistence;

public static class DatabaseMigrationExtensions
{
    /// <summary>
    /// Applies the pending migrations of the configured provider (call once at startup, before serving).
    /// EF takes a database-wide migration lock, so several instances starting together are safe.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);

        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var isSqlite = context.Database.IsSqlite();
        if (isSqlite)
        {
            EnsureSqliteDirectoryExists(context.Database.GetConnectionString());
        }

        await context.Database.MigrateAsync(ct);

        if (isSqlite)
        {
            await UseWriteAheadLogAsync(context, ct);
        }
    }

    // Webhooks, the sync and the API write to one SQLite file at once. In WAL mode readers never block the writer
    // and the writer never blocks readers; writers still queue, waiting out SQLITE_BUSY for the connection's
    // command timeout (Microsoft.Data.Sqlite's "Default Timeout", 30 s by default) instead of failing. The mode
    // is stored in the file, so setting it once at startup covers every later connection.
    private static async Task UseWriteAheadLogAsync(AppDbContext context, CancellationToken ct)
    {
        var dataSource = new SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    // SQLite creates the file but not a missing folder (e.g. "Data Source=data/velvena.db").
    private static void EnsureSqliteDirectoryExists(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
