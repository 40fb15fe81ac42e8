using Microsoft.EntityFrameworkCore;
using Velvena.Infrastructure.Persistence;

namespace Velvena.IntegrationTests.Persistence;

/// <summary>Provider-specific contexts that never open a connection (model and script checks only).</summary>
internal static class DesignTimeContexts
{
    public const string UnusedSqlServerConnectionString =
        "Server=unused.invalid;Database=Velvena;User Id=sa;Password=unused;TrustServerCertificate=true";

    public static SqliteAppDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);

    public static SqlServerAppDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>().UseSqlServer(UnusedSqlServerConnectionString).Options);
}
