using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Velvena.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build <see cref="SqliteAppDbContext"/> without a startup project.</summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args)
    {
        // Only used for `database update` without --connection; `migrations add/script` open no connection.
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite(PersistenceServiceCollectionExtensions.DefaultSqliteConnectionString)
            .Options;
        return new SqliteAppDbContext(options);
    }
}
