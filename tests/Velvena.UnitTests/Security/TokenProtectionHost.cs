using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Velvena.Infrastructure.Security;

namespace Velvena.UnitTests.Security;

/// <summary>A minimal host wired the way the API wires token protection, so ValidateOnStart really runs.</summary>
internal static class TokenProtectionHost
{
    public static IHost Build(
        string environmentName,
        string contentRootPath,
        IReadOnlyDictionary<string, string?>? settings = null,
        ILoggerProvider? logs = null,
        bool includeEnvironmentVariables = false)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = environmentName,
            ContentRootPath = contentRootPath,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        if (includeEnvironmentVariables)
        {
            builder.Configuration.AddEnvironmentVariables();
        }

        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddTokenProtection(builder.Configuration, builder.Environment);
        return builder.Build();
    }
}
