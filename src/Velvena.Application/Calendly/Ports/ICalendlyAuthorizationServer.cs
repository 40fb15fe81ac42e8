using Velvena.Application.Calendly.Models;

namespace Velvena.Application.Calendly.Ports;

/// <summary>Calendly's OAuth server (<c>auth.calendly.com</c>), with the configured app's credentials.</summary>
public interface ICalendlyAuthorizationServer
{
    /// <summary>The consent page URL: client id, configured redirect URI and scopes, <paramref name="state"/>, PKCE S256 challenge.</summary>
    Uri BuildAuthorizationUrl(string state, string codeChallenge);

    /// <summary>Exchanges an authorization code (HTTP Basic client auth + <c>code_verifier</c>).</summary>
    /// <exception cref="Exceptions.CalendlyGrantRejectedException">Calendly refused the code (bad, expired, used, wrong verifier).</exception>
    Task<CalendlyTokenGrant> ExchangeCodeAsync(string code, string codeVerifier, CancellationToken cancellationToken);

    /// <summary>
    /// Spends a single-use refresh token. Never retried: if the answer is lost, the old refresh token may
    /// already be dead, and a blind retry would turn a transient fault into a lost connection.
    /// </summary>
    /// <exception cref="Exceptions.CalendlyGrantRejectedException"><c>invalid_grant</c>: the connection needs reauthorization.</exception>
    Task<CalendlyTokenGrant> RefreshAsync(string refreshToken, CancellationToken cancellationToken);

    Task RevokeAsync(string token, CancellationToken cancellationToken);
}
