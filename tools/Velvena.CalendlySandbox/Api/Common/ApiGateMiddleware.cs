using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Velvena.CalendlySandbox.Hosting;
using Velvena.CalendlySandbox.OAuth;

namespace Velvena.CalendlySandbox.Api.Common;

/// <summary>Authenticates API calls with the bearer token and applies the per-user per-minute limit.</summary>
internal sealed class ApiGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TokenStore tokens, PerMinuteQuota quota, SandboxOptions options)
    {
        if (!IsApiPath(context.Request.Path))
        {
            await next(context);
            return;
        }

        var bearer = BearerToken(context.Request);
        var token = bearer is null ? null : tokens.FindUsableAccessToken(bearer);
        var key = token is null ? $"api:anonymous:{context.Connection.RemoteIpAddress}" : $"api:{token.UserUuid}";
        var decision = quota.TryTake(key, options.ApiRequestsPerMinute);
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);

        if (!decision.Allowed)
        {
            headers.RetryAfter = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
            await ApiErrors.TooManyRequests().ExecuteAsync(context);
            return;
        }

        if (token is null)
        {
            await ApiErrors.Unauthenticated().ExecuteAsync(context);
            return;
        }

        ApiCaller.Set(context, token);
        await next(context);
    }

    public static bool IsApiPath(PathString path) =>
        !path.StartsWithSegments("/oauth") && !path.StartsWithSegments("/_sandbox") && path != "/" && !path.StartsWithSegments("/favicon.ico");

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && header.Length > prefix.Length
            ? header[prefix.Length..].Trim()
            : null;
    }
}
