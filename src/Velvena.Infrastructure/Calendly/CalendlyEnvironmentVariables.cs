namespace Velvena.Infrastructure.Calendly;

/// <summary>The seed's environment variable names, kept working as they are.</summary>
internal static class CalendlyEnvironmentVariables
{
    public const string ClientId = "CALENDLY_CLIENT_ID";
    public const string ClientSecret = "CALENDLY_CLIENT_SECRET";
    public const string RedirectUri = "CALENDLY_REDIRECT_URI";
    public const string WebhookSigningKey = "CALENDLY_WEBHOOK_SIGNING_KEY";
    public const string AuthBaseUrl = "CALENDLY_AUTH_BASE_URL";
    public const string ApiBaseUrl = "CALENDLY_API_BASE_URL";
    public const string WebhookCallbackUrl = "CALENDLY_WEBHOOK_CALLBACK_URL";
}
