using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Velvena.CalendlySandbox.Api.Common;
using Velvena.CalendlySandbox.Api.Events;
using Velvena.CalendlySandbox.Api.Invitees;
using Velvena.CalendlySandbox.Api.Users;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.Faults;
using Velvena.CalendlySandbox.Generator;
using Velvena.CalendlySandbox.Json;
using Velvena.CalendlySandbox.OAuth;
using Velvena.CalendlySandbox.State;
using Velvena.CalendlySandbox.Webhooks;

namespace Velvena.CalendlySandbox.Hosting;

/// <summary>Builds the sandbox web application, bound to 127.0.0.1 only.</summary>
internal static class SandboxApplication
{
    public static WebApplication Build(SandboxOptions options, string[]? args = null, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ApplicationName = typeof(SandboxApplication).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, options.Port));
        if (logging is not null)
        {
            logging(builder.Logging);
        }

        var services = builder.Services;
        services.ConfigureHttpJsonOptions(json => CalendlyJson.Configure(json.SerializerOptions));
        services.AddSingleton(options);
        services.AddSingleton<SandboxUrls>();
        services.AddSingleton<SandboxState>();
        services.AddSingleton<TokenStore>();
        services.AddSingleton(new PerMinuteQuota(options.TimeProvider));
        services.AddSingleton<ResourceRenderer>();
        services.AddSingleton<FaultInjector>();
        services.AddSingleton(new SandboxRequestLog(options));
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookDispatcher>());
        services.AddSingleton<SandboxSeeder>();
        services.AddSingleton<SandboxDataGenerator>();

        var app = builder.Build();
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseMiddleware<ApiGateMiddleware>();
        app.MapGet("/", () => Results.Text("Calendly sandbox. OAuth under /oauth, API v2 at the root, control API under /_sandbox.\n"));
        app.MapOAuthEndpoints();
        app.MapUserEndpoints();
        app.MapScheduledEventEndpoints();
        app.MapInviteeEndpoints();
        app.MapWebhookSubscriptionEndpoints();
        app.MapControlEndpoints();
        app.MapFallback(() => ApiErrors.NotFound());
        return app;
    }
}
