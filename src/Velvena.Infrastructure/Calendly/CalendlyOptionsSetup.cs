using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Velvena.Infrastructure.Calendly;

/// <summary>Overlays the seed's environment variables on the <c>Calendly</c> section.</summary>
internal sealed class CalendlyOptionsSetup(IConfiguration configuration) : IConfigureOptions<CalendlyOptions>
{
    public void Configure(CalendlyOptions options)
    {
        configuration.GetSection(CalendlyOptions.SectionName).Bind(options);
        options.ClientId = configuration[CalendlyEnvironmentVariables.ClientId] ?? options.ClientId;
        options.ClientSecret = configuration[CalendlyEnvironmentVariables.ClientSecret] ?? options.ClientSecret;
        options.RedirectUri = configuration[CalendlyEnvironmentVariables.RedirectUri] ?? options.RedirectUri;
        options.WebhookSigningKey = configuration[CalendlyEnvironmentVariables.WebhookSigningKey] ?? options.WebhookSigningKey;
        options.AuthBaseUrl = configuration[CalendlyEnvironmentVariables.AuthBaseUrl] ?? options.AuthBaseUrl;
        options.ApiBaseUrl = configuration[CalendlyEnvironmentVariables.ApiBaseUrl] ?? options.ApiBaseUrl;
        options.WebhookCallbackUrl = configuration[CalendlyEnvironmentVariables.WebhookCallbackUrl] ?? options.WebhookCallbackUrl;
    }
}
