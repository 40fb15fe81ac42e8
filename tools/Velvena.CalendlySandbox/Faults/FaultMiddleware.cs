using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Velvena.CalendlySandbox.Api.Common;
using Velvena.CalendlySandbox.OAuth;

namespace Velvena.CalendlySandbox.Faults;

/// <summary>Applies latency, hangs, 500s and 429s to API and OAuth requests; the control API is never disturbed.</summary>
internal sealed class FaultMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, FaultInjector faults, TokenStore tokens)
    {
        if (context.Request.Path.StartsWithSegments("/_sandbox") || !IsTargeted(context.Request, faults.Current, tokens) || faults.Spare())
        {
            await next(context);
            return;
        }

        var settings = faults.Current;
        if (settings.LatencyMilliseconds > 0)
        {
            await Task.Delay(settings.LatencyMilliseconds, context.RequestAborted);
        }

        if (faults.Draw(settings.TimeoutShare))
        {
            try
            {
                await Task.Delay(settings.HangMilliseconds, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            context.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
            return;
        }

        if (faults.Draw(settings.ServerErrorShare))
        {
            await ApiErrors.InternalServerError().ExecuteAsync(context);
            return;
        }

        if (faults.Draw(settings.RateLimitShare))
        {
            context.Response.Headers.RetryAfter = "1";
            await ApiErrors.TooManyRequests().ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static bool IsTargeted(HttpRequest request, FaultSettings settings, TokenStore tokens)
    {
        if (settings.TargetUsers is not { } targets)
        {
            return true;
        }

        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var token = tokens.FindUsableAccessToken(header[prefix.Length..].Trim());
        return token is not null && targets.Contains(token.UserUuid);
    }
}
