using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Calendly.Ports;
using Velvena.Application.Calendly.Sync;

namespace Velvena.Infrastructure.BackgroundJobs.CalendlySync;

public static class CalendlySyncServiceCollectionExtensions
{
    /// <summary>The <c>Calendly:Sync</c> settings, the per-organization lock and scheduler, and the recurring job.</summary>
    public static IServiceCollection AddCalendlySyncJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CalendlySyncOptions>()
            .Bind(configuration.GetSection(CalendlySyncOptions.SectionName))
            .Validate(o => o.LookBack > TimeSpan.Zero, "Calendly:Sync:LookBack must be positive.")
            .Validate(o => o.StaleRunAfter > TimeSpan.Zero, "Calendly:Sync:StaleRunAfter must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Cron), "Calendly:Sync:Cron must be a cron expression (UTC); Hangfire refuses a malformed one at start-up.")
            .ValidateOnStart();
        services.AddSingleton<ICalendlySyncLock, HangfireCalendlySyncLock>();
        services.AddSingleton<ICalendlySyncScheduler, HangfireCalendlySyncScheduler>();
        services.AddTransient<CalendlySyncJob>();
        services.AddTransient<CalendlySyncFanOutJob>();
        services.AddHostedService<CalendlySyncRecurringJobRegistration>();
        return services;
    }
}
