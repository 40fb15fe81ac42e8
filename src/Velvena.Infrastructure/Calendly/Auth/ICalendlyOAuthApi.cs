using Refit;

namespace Velvena.Infrastructure.Calendly.Auth;

/// <summary>Calendly's OAuth host (<c>auth.calendly.com</c>). Answers are mapped by hand: Refit exceptions carry the form body.</summary>
internal interface ICalendlyOAuthApi
{
    /// <param name="authorization">HTTP Basic: base64(client_id:client_secret).</param>
    [Post("/oauth/token")]
    Task<IApiResponse<CalendlyTokenResponse>> RequestTokenAsync(
        [Header("Authorization")] string authorization,
        [Body(BodySerializationMethod.UrlEncoded)] IDictionary<string, string> form,
        CancellationToken cancellationToken);

    [Post("/oauth/revoke")]
    Task<IApiResponse> RevokeAsync(
        [Body(BodySerializationMethod.UrlEncoded)] IDictionary<string, string> form,
        CancellationToken cancellationToken);
}
