using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Velvena.Infrastructure.BackgroundJobs;
using Velvena.Infrastructure.BackgroundJobs.CalendlySync;
using Velvena.Infrastructure.Calendly;
using Velvena.Infrastructure.Health;
using Velvena.Infrastructure.Persistence;
using Velvena.Infrastructure.Security;

namespace Velvena.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddPersistence(configuration);
        services.AddTokenProtection(configuration, environment);
        services.AddBackgroundJobs(configuration);
        services.AddCalendly(configuration);
        services.AddCalendlySyncJobs(configuration);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [HealthCheckTags.Ready]);
        return services;
    }
}
