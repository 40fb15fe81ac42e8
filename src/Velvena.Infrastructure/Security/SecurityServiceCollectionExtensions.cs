using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Velvena.Application.Common.Interfaces;

namespace Velvena.Infrastructure.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITokenProtector"/> (AES-256-GCM, singleton) and its <see cref="EncryptionOptions"/>,
    /// validated at start-up. <paramref name="configuration"/> must be the configuration root:
    /// <c>ENCRYPTION_KEY</c> is read from its top level, the key ring from its <c>Encryption</c> section.
    /// </summary>
    public static IServiceCollection AddTokenProtection(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        services.AddLogging();
        services.AddOptions<EncryptionOptions>()
            .Bind(configuration.GetSection(EncryptionOptions.SectionName))
            .Configure(options => options.SingleKey = configuration[EncryptionOptions.SingleKeyName])
            .ValidateOnStart();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<EncryptionOptions>, DevelopmentEncryptionKeySetup>(
            sp => ActivatorUtilities.CreateInstance<DevelopmentEncryptionKeySetup>(sp, environment)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EncryptionOptions>>(
            new EncryptionOptionsValidator(environment)));

        // The monitor's instance is the one ValidateOnStart checked; IOptions<T> would build (and post-configure) a second one.
        // Keys are read once: changing them takes a restart.
        services.TryAddSingleton<ITokenProtector>(
            sp => new AesGcmTokenProtector(sp.GetRequiredService<IOptionsMonitor<EncryptionOptions>>().CurrentValue));

        return services;
    }
}
