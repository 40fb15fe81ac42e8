using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Velvena.Infrastructure.Calendly;

public static class CalendlyServiceCollectionExtensions
{
    public static IServiceCollection AddCalendly(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureOptions<CalendlyOptions>, CalendlyOptionsSetup>();
        services.AddSingleton<IValidateOptions<CalendlyOptions>, CalendlyOptionsValidator>();
        services.AddOptions<CalendlyOptions>().ValidateOnStart();
        return services;
    }
}
