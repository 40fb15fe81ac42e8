using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Velvena.Api.Hosting;

/// <summary>Prints where things are once Kestrel listens, so a newcomer knows what to open.</summary>
internal static class StartupBanner
{
    public static void PrintWhenStarted(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var baseUrl = addresses?.FirstOrDefault()?.Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal);
            if (baseUrl is null)
            {
                return;
            }

            var lines = new List<string>
            {
                string.Empty,
                $"Velvena × Calendly API ({app.Environment.EnvironmentName}) listening on {baseUrl}",
                $"  API docs (Scalar):   {baseUrl}/scalar",
                $"  OpenAPI document:    {baseUrl}/openapi/v1.json",
                $"  Hangfire dashboard:  {baseUrl}/hangfire",
                $"  Health:              {baseUrl}/health/ready",
            };
            if (app.Environment.IsDevelopment())
            {
                lines.Add($"  Get a token:         curl -s -X POST {baseUrl}/dev/tokens -H 'Content-Type: application/json' -d '{{}}'");
            }

            Console.WriteLine(string.Join(Environment.NewLine, lines) + Environment.NewLine);
        });
    }
}
