using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.OAuth;

/// <summary>Reads client credentials from HTTP Basic (preferred) or from the form body.</summary>
internal static class ClientAuthentication
{
    public static OAuthClient? Authenticate(HttpRequest request, IFormCollection form, SandboxState state)
    {
        var (clientId, secret) = FromBasicHeader(request) ?? (form["client_id"].ToString(), form["client_secret"].ToString());
        if (string.IsNullOrEmpty(clientId) || state.FindClient(clientId) is not { } client)
        {
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret ?? string.Empty), Encoding.UTF8.GetBytes(client.ClientSecret))
            ? client
            : null;
    }

    private static (string Id, string? Secret)? FromBasicHeader(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0
                ? (decoded, null)
                : (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
