using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Velvena.Infrastructure.Calendly;

/// <summary>
/// Start-up check with messages that name the setting to fix. Outside Development the OAuth app must be
/// fully configured; in Development missing values fall back to the local Calendly sandbox's demo app.
/// </summary>
internal sealed class CalendlyOptionsValidator(IHostEnvironment environment) : IValidateOptions<CalendlyOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendlyOptions options)
    {
        var failures = new List<string>();
        CheckAbsoluteUrl(options.AuthBaseUrl, CalendlyEnvironmentVariables.AuthBaseUrl, "Calendly:AuthBaseUrl", failures);
        CheckAbsoluteUrl(options.ApiBaseUrl, CalendlyEnvironmentVariables.ApiBaseUrl, "Calendly:ApiBaseUrl", failures);
        if (options.RedirectUri is not null)
        {
            CheckAbsoluteUrl(options.RedirectUri, CalendlyEnvironmentVariables.RedirectUri, "Calendly:RedirectUri", failures);
        }

        if (options.WebhookCallbackUrl is not null)
        {
            CheckAbsoluteUrl(options.WebhookCallbackUrl, CalendlyEnvironmentVariables.WebhookCallbackUrl, "Calendly:WebhookCallbackUrl", failures);
        }

        if (!environment.IsDevelopment())
        {
            Require(options.ClientId, CalendlyEnvironmentVariables.ClientId, "Calendly:ClientId", failures);
            Require(options.ClientSecret, CalendlyEnvironmentVariables.ClientSecret, "Calendly:ClientSecret", failures);
            Require(options.RedirectUri, CalendlyEnvironmentVariables.RedirectUri, "Calendly:RedirectUri", failures);
            Require(options.WebhookSigningKey, CalendlyEnvironmentVariables.WebhookSigningKey, "Calendly:WebhookSigningKey", failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(string? value, string variable, string key, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{variable} (or {key}) is required outside Development.");
        }
    }

    private static void CheckAbsoluteUrl(string? value, string variable, string key, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{variable} (or {key}) must be an absolute http(s) URL; got '{value}'.");
        }
    }
}
