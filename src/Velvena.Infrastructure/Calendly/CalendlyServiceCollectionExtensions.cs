using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Velvena.Application.Calendly.Ports;
using Velvena.Infrastructure.Calendly.Http;
using Velvena.Infrastructure.Calendly.Tokens;
using Velvena.Infrastructure.Calendly.Webhooks;

namespace Velvena.Infrastructure.Calendly;

public static class CalendlyServiceCollectionExtensions
{
    public static IServiceCollection AddCalendly(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IConfigureOptions<CalendlyOptions>, CalendlyOptionsSetup>();
        services.AddSingleton<IValidateOptions<CalendlyOptions>, CalendlyOptionsValidator>();
        services.AddOptions<CalendlyOptions>().ValidateOnStart();

        services.AddOptions<CalendlyTokenOptions>()
            .Bind(configuration.GetSection(CalendlyTokenOptions.SectionName))
            .Validate(
                o => o.RefreshMargin >= TimeSpan.Zero && o.RefreshLeaseDuration > TimeSpan.Zero && o.AccessTokenCacheDuration >= TimeSpan.Zero,
                "Calendly:Tokens durations must be positive.")
            .ValidateOnStart();
        services.AddOptions<CalendlyHttpOptions>().Bind(configuration.GetSection(CalendlyHttpOptions.SectionName)).ValidateOnStart();
        services.AddCalendlyClients();
        services.AddSingleton<CalendlyRefreshLocks>();
        services.AddScoped<ICalendlyAccessTokenSource, CalendlyAccessTokenSource>();
        services.AddCalendlyWebhooks(configuration);
        return services;
    }
}
