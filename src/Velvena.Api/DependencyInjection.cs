using System.Text.Json.Serialization;
using Microsoft.AspNetCore.HttpOverrides;
using Velvena.Api.Authentication;
using Velvena.Api.Development;
using Velvena.Api.Errors;
using Velvena.Api.OpenApi;

namespace Velvena.Api;

public static class DependencyInjection
{
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddMediator(options => options.ServiceLifetime = ServiceLifetime.Scoped);
        services.AddControllers()
            .AddJsonOptions(options => options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddVelvenaProblemDetails();
        services.AddVelvenaAuthentication(configuration, environment);
        services.AddSingleton<DevelopmentTokenIssuer>();
        services.AddMemoryCache();
        services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecuritySchemeTransformer>());
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Behind a reverse proxy that terminates TLS (the seed: "HTTPS only"); only loopback proxies are
            // trusted unless ForwardedHeaders:KnownNetworks names the proxy's network.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }
}
