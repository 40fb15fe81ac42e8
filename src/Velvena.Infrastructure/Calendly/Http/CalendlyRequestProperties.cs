namespace Velvena.Infrastructure.Calendly.Http;

/// <summary>Keys of the <see cref="HttpRequestMessage.Options"/> the Calendly Refit interfaces set through <c>[Property]</c>.</summary>
internal static class CalendlyRequestProperties
{
    /// <summary>The Velvena organization on whose behalf an API call is made; its access token is attached.</summary>
    public const string OrganizationId = "Velvena.Calendly.OrganizationId";

    public static readonly HttpRequestOptionsKey<Guid> OrganizationIdKey = new(OrganizationId);
}
