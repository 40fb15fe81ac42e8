using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Velvena.Infrastructure.Persistence;

/// <summary>
/// One writer at a time per SQLite file, queued in this process. SQLite has a single write lock, and a writer that
/// finds it taken polls for it with sleeps of up to 100 ms (<c>busy_timeout</c>): with tens of concurrent writers
/// (the sync's Hangfire workers, the webhook worker) the lock sits idle while they sleep. Queuing them here hands
/// the lock over as soon as it is free. Other processes on the same file still meet the busy timeout.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "One gate per database file, kept for the life of the process.")]
internal sealed class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SqliteWriteGate> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public static SqliteWriteGate For(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var key = dataSource is ":memory:" or "" ? connectionString ?? string.Empty : Path.GetFullPath(dataSource);
        return Gates.GetOrAdd(key, static _ => new SqliteWriteGate());
    }

    public async Task<Releaser> EnterAsync(CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken);
        return new Releaser(_semaphore);
    }

    public Releaser Enter()
    {
        _semaphore.Wait();
        return new Releaser(_semaphore);
    }

    internal readonly struct Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
