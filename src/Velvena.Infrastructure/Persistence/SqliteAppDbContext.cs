using Microsoft.EntityFrameworkCore;

namespace Velvena.Infrastructure.Persistence;

/// <summary>The SQLite flavour of <see cref="AppDbContext"/>; owns the migrations under Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    private SqliteWriteGate? _writeGate;

    private SqliteWriteGate WriteGate => _writeGate ??= SqliteWriteGate.For(Database.GetConnectionString());

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        // Inside an explicit transaction this context already holds the write lock: waiting for the gate could deadlock.
        if (Database.CurrentTransaction is not null)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var turn = WriteGate.Enter();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        using var turn = await WriteGate.EnterAsync(cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
