namespace Velvena.Infrastructure.Calendly;

/// <summary>
/// The Calendly OAuth app and hosts. Bound from the <c>Calendly</c> section, and from the seed's environment
/// variable names (<c>CALENDLY_CLIENT_ID</c>, …), which win when both are set.
/// </summary>
public sealed class CalendlyOptions
{
    public const string SectionName = "Calendly";
    public const string ProductionAuthBaseUrl = "https://auth.calendly.com";
    public const string ProductionApiBaseUrl = "https://api.calendly.com";

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? RedirectUri { get; set; }

    public string? WebhookSigningKey { get; set; }

    public string AuthBaseUrl { get; set; } = ProductionAuthBaseUrl;

    public string ApiBaseUrl { get; set; } = ProductionApiBaseUrl;

    /// <summary>Public URL Calendly posts webhooks to (this API's <c>/webhooks/calendly</c>).</summary>
    public string? WebhookCallbackUrl { get; set; }

    public string Scopes { get; set; } = "users:read scheduled_events:read webhooks:write";
}
