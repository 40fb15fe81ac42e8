using Microsoft.AspNetCore.Http;

namespace Velvena.CalendlySandbox.Hosting;

/// <summary>Outermost: logs each API and OAuth request with the status it got (faults included).</summary>
internal sealed class RequestLogMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SandboxRequestLog log, SandboxOptions options)
    {
        if (context.Request.Path.StartsWithSegments("/_sandbox"))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            log.Record(new SandboxRequest(
                context.Request.Method,
                context.Request.Path.Value ?? string.Empty,
                context.Request.QueryString.Value ?? string.Empty,
                context.Response.StatusCode,
                options.TimeProvider.GetUtcNow()));
        }
    }
}
