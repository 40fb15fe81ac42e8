using Hangfire;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Velvena.Infrastructure.BackgroundJobs.CalendlySync;

namespace Velvena.Infrastructure.BackgroundJobs;

public static class HangfireServiceCollectionExtensions
{
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(HangfireOptions.SectionName);
        services.AddOptions<HangfireOptions>()
            .Bind(section)
            .PostConfigure(o => o.ConnectionString ??= configuration.GetConnectionString("Velvena"))
            .Validate(
                o => o.Storage != HangfireStorageKind.SqlServer || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Hangfire:Storage is SqlServer but neither Hangfire:ConnectionString nor ConnectionStrings:Velvena is set.")
            .Validate(o => o.WorkerCount is null or > 0, "Hangfire:WorkerCount must be a positive number.")
            .Validate(o => o.SyncWorkerCount > 0, "Hangfire:SyncWorkerCount must be a positive number.")
            .ValidateOnStart();

        services.AddHangfire((provider, hangfire) =>
        {
            var options = provider.GetRequiredService<IOptions<HangfireOptions>>().Value;
            hangfire
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (options.Storage == HangfireStorageKind.SqlServer)
            {
                hangfire.UseSqlServerStorage(options.ConnectionString, new SqlServerStorageOptions
                {
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = TimeSpan.Zero,
                    DisableGlobalLocks = true,
                });
            }
            else
            {
                hangfire.UseInMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Long });
            }
        });

        if (section.GetValue(nameof(HangfireOptions.RunServer), defaultValue: true))
        {
            services.AddHangfireServer((provider, server) =>
            {
                var options = provider.GetRequiredService<IOptions<HangfireOptions>>().Value;
                if (options.WorkerCount is { } workers)
                {
                    server.WorkerCount = workers;
                }
            });
            services.AddHangfireServer((provider, server) =>
            {
                server.ServerName = $"{Environment.MachineName}:{CalendlySyncJob.Queue}".ToLowerInvariant();
                server.Queues = [CalendlySyncJob.Queue];
                server.WorkerCount = provider.GetRequiredService<IOptions<HangfireOptions>>().Value.SyncWorkerCount;
            });
        }

        return services;
    }
}
