using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Infrastructure.Persistence;

namespace Velvena.IntegrationTests.Persistence;

/// <summary>A real SQLite file in the temp folder, migrated through the production wiring, deleted on dispose.</summary>
internal sealed class SqliteTestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly DbContextOptions<SqliteAppDbContext> _options;

    private SqliteTestDatabase(string path, string connectionString, ServiceProvider services)
    {
        FilePath = path;
        _services = services;
        _options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connectionString).Options;
    }

    public string FilePath { get; }

    public IServiceProvider Services => _services;

    /// <summary>Creates an empty database file and registers persistence against it; migrates unless told not to.</summary>
    public static async Task<SqliteTestDatabase> CreateAsync(bool migrate = true, Action<SqliteConnectionStringBuilder>? configureConnection = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"velvena-tests-{Guid.NewGuid():N}.db");
        var builder = new SqliteConnectionStringBuilder { DataSource = path };
        configureConnection?.Invoke(builder);
        var connectionString = builder.ToString();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [PersistenceServiceCollectionExtensions.ProviderKey] = "Sqlite",
                [PersistenceServiceCollectionExtensions.ConnectionStringKey] = connectionString,
            })
            .Build();

        var services = new ServiceCollection()
            .AddPersistence(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        var database = new SqliteTestDatabase(path, connectionString, services);
        if (migrate)
        {
            await services.MigrateDatabaseAsync();
        }

        return database;
    }

    /// <summary>A fresh context, as a new request would get: nothing tracked, everything read from the file.</summary>
    public AppDbContext CreateContext() => new SqliteAppDbContext(_options);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();

        // Pooled connections keep the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(FilePath + suffix);
        }
    }
}
