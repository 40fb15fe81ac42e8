namespace Velvena.Infrastructure.Calendly.Http;

/// <summary>Names of the IHttpClientFactory clients behind the Refit interfaces.</summary>
public static class CalendlyHttpClientNames
{
    public const string Auth = "Velvena.Calendly.Auth";
    public const string Api = "Velvena.Calendly.Api";
}
