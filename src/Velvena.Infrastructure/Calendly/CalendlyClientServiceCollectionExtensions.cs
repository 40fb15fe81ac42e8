using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;
using Velvena.Application.Calendly.Ports;
using Velvena.Infrastructure.Calendly.Api;
using Velvena.Infrastructure.Calendly.Auth;
using Velvena.Infrastructure.Calendly.Http;
using Velvena.Infrastructure.Calendly.Tokens;

namespace Velvena.Infrastructure.Calendly;

public static class CalendlyClientServiceCollectionExtensions
{
    /// <summary>
    /// The Calendly OAuth and API clients behind <see cref="ICalendlyAuthorizationServer"/> and <see cref="ICalendlyGateway"/>.
    /// Reads <see cref="CalendlyOptions"/> and <see cref="CalendlyHttpOptions"/> (configure or bind them separately).
    /// An <see cref="ICalendlyAccessTokenSource"/> must be registered by the caller.
    /// </summary>
    public static IServiceCollection AddCalendlyClients(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<CalendlyOptions>();
        services.AddOptions<CalendlyHttpOptions>()
            .Validate(o => o.MaxRetryAttempts >= 0, "Calendly:Http:MaxRetryAttempts must not be negative.")
            .Validate(o => o.BaseDelay >= TimeSpan.Zero && o.MaxRetryAfter >= TimeSpan.Zero, "Calendly:Http delays must not be negative.")
            .Validate(o => o.AttemptTimeout > TimeSpan.Zero && o.TotalTimeout >= o.AttemptTimeout, "Calendly:Http:TotalTimeout must be at least AttemptTimeout.")
            .Validate(o => o.TokenRequestTimeout > TimeSpan.Zero, "Calendly:Http:TokenRequestTimeout must be positive.");
        services.TryAddSingleton(TimeProvider.System);

        // Generated clients: Refit 16 builds these requests inline; the reflection builder (Refit.Reflection) is not needed.
        var settings = new RefitSettings(new SystemTextJsonContentSerializer(CalendlyJson.Options));

        // Token requests are never retried: a refresh token is single use, and a lost answer may already have spent it.
        services.AddRefitGeneratedClient<ICalendlyOAuthApi>(settings, CalendlyHttpClientNames.Auth)
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = BaseAddress(provider.GetRequiredService<IOptions<CalendlyOptions>>().Value.AuthBaseUrl);
                client.Timeout = provider.GetRequiredService<IOptions<CalendlyHttpOptions>>().Value.TokenRequestTimeout;
            })
            .AddHttpMessageHandler<CalendlyCallCountingHandler>();

        services.AddTransient<CalendlyAccessTokenHandler>();
        services.TryAddSingleton<CalendlyAccessTokenCache>();
        services.TryAddSingleton<ICalendlyAccessTokenCache>(provider => provider.GetRequiredService<CalendlyAccessTokenCache>());
        services.TryAddSingleton<CalendlyCallMeter>();
        services.TryAddSingleton<ICalendlyCallMeter>(provider => provider.GetRequiredService<CalendlyCallMeter>());
        services.AddTransient<CalendlyCallCountingHandler>();

        // The token handler sits outside the resilience pipeline, so a token refresh never runs under an attempt timeout.
        var api = services.AddRefitGeneratedClient<ICalendlyApi>(settings, CalendlyHttpClientNames.Api)
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = BaseAddress(provider.GetRequiredService<IOptions<CalendlyOptions>>().Value.ApiBaseUrl);
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler<CalendlyAccessTokenHandler>();
        api.AddResilienceHandler("calendly-api", (builder, context) =>
                CalendlyResiliencePipeline.Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<CalendlyHttpOptions>>().Value));

        // Inside the resilience pipeline, so every attempt is counted.
        api.AddHttpMessageHandler<CalendlyCallCountingHandler>();

        services.TryAddScoped<ICalendlyAuthorizationServer, CalendlyAuthorizationServer>();
        services.TryAddScoped<ICalendlyGateway, CalendlyGateway>();
        return services;
    }

    private static Uri BaseAddress(string url) =>
        Uri.TryCreate(url.TrimEnd('/') + "/", UriKind.Absolute, out var uri)
            ? uri
            : throw new OptionsValidationException(nameof(CalendlyOptions), typeof(CalendlyOptions), [$"'{url}' is not an absolute URL."]);
}
