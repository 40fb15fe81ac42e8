namespace Velvena.Infrastructure.Calendly;

/// <summary>
/// The Calendly OAuth app and hosts. Bound from the <c>Calendly</c> section and the
/// <c>CALENDLY_*</c> environment variables.
/// </summary>
public sealed class CalendlyOptions
{
    public const string SectionName = "Calendly";
    public const string ProductionAuthBaseUrl = "https://auth.calendly.com";
    public const string ProductionApiBaseUrl = "https://api.calendly.com";

    public string ClientId { get; set; } = string.Empty;
    public string ClientSecret { get; set; } = string.Empty;
    public string RedirectUri { get; set; } = string.Empty;
    public string WebhookSigningKey { get; set; } = string.Empty;
    public string AuthBaseUrl { get; set; } = ProductionAuthBaseUrl;
    public string ApiBaseUrl { get; set; } = ProductionApiBaseUrl;
    public string WebhookCallbackUrl { get; set; } = string.Empty;
    public string Scopes { get; set; } = "users:read scheduled_events:read webhooks:write";
}
