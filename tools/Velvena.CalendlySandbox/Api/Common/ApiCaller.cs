using Microsoft.AspNetCore.Http;
using Velvena.CalendlySandbox.OAuth;

namespace Velvena.CalendlySandbox.Api.Common;

/// <summary>The access token of the current API request, put there by <see cref="ApiGateMiddleware"/>.</summary>
internal static class ApiCaller
{
    private const string ItemKey = "calendly-sandbox:access-token";

    public static void Set(HttpContext context, AccessToken token) => context.Items[ItemKey] = token;

    public static AccessToken Token(this HttpContext context) =>
        context.Items[ItemKey] as AccessToken ?? throw new InvalidOperationException("The API gate did not authenticate this request.");

    /// <summary>Null when the token carries the scope (or any of the alternatives); else the 403 to send.</summary>
    public static IResult? RequireScope(this AccessToken token, string reported, params string[] alsoAccepted)
    {
        if (token.Scopes.Contains(reported) || alsoAccepted.Any(token.Scopes.Contains))
        {
            return null;
        }

        return ApiErrors.InsufficientScope(reported);
    }
}
