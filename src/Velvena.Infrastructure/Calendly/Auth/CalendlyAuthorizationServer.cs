using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Refit;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Models;
using Velvena.Application.Calendly.Ports;
using Velvena.Infrastructure.Calendly.Http;

namespace Velvena.Infrastructure.Calendly.Auth;

internal sealed class CalendlyAuthorizationServer(ICalendlyOAuthApi api, IOptions<CalendlyOptions> options, TimeProvider timeProvider)
    : ICalendlyAuthorizationServer
{
    // Calendly documents 2 h access tokens; used only if a token response ever omits expires_in.
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(2);

    private CalendlyOptions Options => options.Value;

    public string RedirectUri => Options.RedirectUri ?? string.Empty;

    /// <remarks>
    /// No <c>scope</c> parameter: Calendly grants the scopes configured on the app, and its authorize endpoint
    /// documents none, so sending one could only be ignored or refused.
    /// </remarks>
    public Uri BuildAuthorizationUrl(string state, string codeChallenge)
    {
        ArgumentException.ThrowIfNullOrEmpty(state);
        ArgumentException.ThrowIfNullOrEmpty(codeChallenge);
        var url = QueryHelpers.AddQueryString(Options.AuthBaseUrl.TrimEnd('/') + "/oauth/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = Options.ClientId ?? string.Empty,
            ["response_type"] = "code",
            ["redirect_uri"] = RedirectUri,
            ["state"] = state,
            ["code_challenge"] = codeChallenge,
            ["code_challenge_method"] = "S256",
        });
        return new Uri(url);
    }

    public Task<CalendlyTokenGrant> ExchangeCodeAsync(string code, string codeVerifier, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentException.ThrowIfNullOrEmpty(codeVerifier);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = codeVerifier,
        };
        return RequestTokenAsync(form, "code exchange", [code, codeVerifier], cancellationToken);
    }

    public Task<CalendlyTokenGrant> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
        };
        return RequestTokenAsync(form, "token refresh", [refreshToken], cancellationToken);
    }

    public async Task RevokeAsync(string token, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        var form = new Dictionary<string, string>
        {
            ["client_id"] = Options.ClientId ?? string.Empty,
            ["client_secret"] = Options.ClientSecret ?? string.Empty,
            ["token"] = token,
        };
        IApiResponse response;
        try
        {
            response = await api.RevokeAsync(form, cancellationToken);
        }
        catch (Exception exception) when (CalendlyErrors.IsTransport(exception))
        {
            throw CalendlyErrors.Transport(exception, "token revocation", cancellationToken);
        }

        using (response)
        {
            if (response.HasRequestError(out var requestError))
            {
                throw CalendlyErrors.Transport(requestError, "token revocation", cancellationToken);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw Rejected(response, "token revocation", [token], rejectedAsGrant: false);
            }
        }
    }

    private async Task<CalendlyTokenGrant> RequestTokenAsync(
        Dictionary<string, string> form, string operation, string[] secrets, CancellationToken cancellationToken)
    {
        IApiResponse<CalendlyTokenResponse> response;
        try
        {
            response = await api.RequestTokenAsync(BasicAuthorization(), form, cancellationToken);
        }
        catch (Exception exception) when (CalendlyErrors.IsTransport(exception))
        {
            throw CalendlyErrors.Transport(exception, operation, cancellationToken);
        }

        using (response)
        {
            if (response.HasRequestError(out var requestError))
            {
                throw CalendlyErrors.Transport(requestError, operation, cancellationToken);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw Rejected(response, operation, secrets, rejectedAsGrant: true);
            }

            if (response.Error is not null || response.Content is not { AccessToken.Length: > 0, RefreshToken.Length: > 0 } token)
            {
                throw new CalendlyException((int)response.StatusCode.GetValueOrDefault(), $"Calendly {operation}: the token response could not be read.");
            }

            return ToGrant(token);
        }
    }

    private CalendlyTokenGrant ToGrant(CalendlyTokenResponse token)
    {
        var lifetime = token.ExpiresIn is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultLifetime;
        var issuedAt = token.CreatedAt is { } createdAt ? DateTimeOffset.FromUnixTimeSeconds(createdAt) : timeProvider.GetUtcNow();
        return new CalendlyTokenGrant(
            token.AccessToken!,
            token.RefreshToken!,
            (issuedAt + lifetime).UtcDateTime,
            token.Owner ?? string.Empty,
            token.Organization ?? string.Empty,
            token.Scope);
    }

    /// <summary>400/401 on a grant → <see cref="CalendlyGrantRejectedException"/> with the RFC 6749 code and description only.</summary>
    private CalendlyException Rejected(IApiResponse response, string operation, string[] secrets, bool rejectedAsGrant)
    {
        var status = response.StatusCode.GetValueOrDefault();
        var error = Parse((response.Error as ApiException)?.Content);
        var detail = Redact($"{error?.Error} {error?.ErrorDescription}".Trim(), secrets);
        var message = $"Calendly {operation}: {(int)status}{(detail.Length > 0 ? " " + detail : string.Empty)}";
        if (rejectedAsGrant && status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized)
        {
            return new CalendlyGrantRejectedException((int)status, message, error?.Error);
        }

        if (CalendlyResiliencePipeline.IsTransient(status))
        {
            return new CalendlyUnavailableException((int)status, message, CalendlyRetryAfter.From(status, response.Headers, timeProvider.GetUtcNow()));
        }

        return new CalendlyException((int)status, message);
    }

    /// <summary>Defence in depth: an error description must never echo back what we sent.</summary>
    private string Redact(string text, string[] secrets)
    {
        foreach (var secret in secrets.Append(Options.ClientSecret))
        {
            if (!string.IsNullOrEmpty(secret))
            {
                text = text.Replace(secret, "[redacted]", StringComparison.Ordinal);
            }
        }

        return text.Length <= 300 ? text : text[..300] + "…";
    }

    private static CalendlyOAuthErrorBody? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CalendlyOAuthErrorBody>(body, CalendlyJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string BasicAuthorization() =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Options.ClientId}:{Options.ClientSecret}"));
}
