using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Velvena.Infrastructure.Security;

/// <summary>Rejects key configurations the token protector cannot use; runs at start-up.</summary>
internal sealed class EncryptionOptionsValidator(IHostEnvironment environment) : IValidateOptions<EncryptionOptions>
{
    public ValidateOptionsResult Validate(string? name, EncryptionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (!options.HasAnyKey)
        {
            // Development never gets here: DevelopmentEncryptionKeySetup has supplied a local key by now.
            return ValidateOptionsResult.Fail(
                $"No encryption key is configured and the environment is '{environment.EnvironmentName}'. " +
                $"Set {EncryptionOptions.SingleKeyName} to a base64-encoded {EncryptionOptions.KeySizeInBytes}-byte key, " +
                $"or configure {EncryptionOptions.SectionName}:Keys:<keyId> and {EncryptionOptions.SectionName}:ActiveKeyId. " +
                "Only the Development environment creates a local key automatically.");
        }

        return EncryptionKeyRing.TryCreate(options, out _, out var errors)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors);
    }
}
