using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Common.Interfaces;

namespace Velvena.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Velvena";
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;
    public const string DefaultSqliteConnectionString = "Data Source=velvena.db";

    /// <summary>
    /// Registers the provider-specific context chosen by <c>Database:Provider</c> (<c>Sqlite</c>, the default, or
    /// <c>SqlServer</c>), and exposes it as <see cref="AppDbContext"/> and <see cref="IAppDbContext"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The provider is unknown, or SQL Server has no connection string.</exception>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var provider = ReadProvider(configuration);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        $"The setting '{ConnectionStringKey}' is required when '{ProviderKey}' is 'SqlServer'.");
                }

                AddContext<SqlServerAppDbContext>(services, options => options.UseSqlServer(connectionString));
                break;

            default:
                var sqliteConnectionString = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnectionString : connectionString;
                AddContext<SqliteAppDbContext>(services, options => options.UseSqlite(sqliteConnectionString).AddInterceptors(SqliteBusyTimeoutInterceptor.Instance));
                break;
        }

        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        return services;
    }

    /// <summary>Reads <c>Database:Provider</c>; missing or empty means SQLite.</summary>
    /// <exception cref="InvalidOperationException">The value names no known provider.</exception>
    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var value = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        if (string.Equals(value.Trim(), nameof(DatabaseProvider.Sqlite), StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        if (string.Equals(value.Trim(), nameof(DatabaseProvider.SqlServer), StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.SqlServer;
        }

        throw new InvalidOperationException(
            $"The setting '{ProviderKey}' has the unsupported value '{value}'; use 'Sqlite' (the default) or 'SqlServer'.");
    }

    private static void AddContext<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : AppDbContext
    {
        services.AddDbContext<TContext>(configure);
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<TContext>());
    }
}
