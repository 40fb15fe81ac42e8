using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Velvena.Infrastructure.Security;

/// <summary>
/// In Development only, when no key is configured: uses a random key kept in
/// <c>.velvena/dev-encryption-key</c> under the content root (git-ignored), creating it on first use,
/// so tokens stored locally survive restarts. Logs a warning each time; never logs the key.
/// </summary>
internal sealed class DevelopmentEncryptionKeySetup(IHostEnvironment environment, ILogger<DevelopmentEncryptionKeySetup> logger)
    : IPostConfigureOptions<EncryptionOptions>
{
    public const string DirectoryName = ".velvena";
    public const string FileName = "dev-encryption-key";

    public static string KeyFilePath(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Path.Combine(environment.ContentRootPath, DirectoryName, FileName);
    }

    public void PostConfigure(string? name, EncryptionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (!environment.IsDevelopment() || options.HasAnyKey)
        {
            return;
        }

        var path = KeyFilePath(environment);
        var created = TryCreate(path);
        options.Keys[EncryptionOptions.DevelopmentKeyId] = Read(path);

        if (created)
        {
            logger.LogWarning(
                "No encryption key is configured: created a development key file at {KeyFilePath}. " +
                "Tokens stored locally are encrypted with it. Configure {SettingName} outside Development.",
                path,
                EncryptionOptions.SingleKeyName);
        }
        else
        {
            logger.LogWarning(
                "No encryption key is configured: using the development key file at {KeyFilePath}. " +
                "Configure {SettingName} outside Development.",
                path,
                EncryptionOptions.SingleKeyName);
        }
    }

    private static bool TryCreate(string path)
    {
        if (File.Exists(path))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var key = RandomNumberGenerator.GetBytes(EncryptionOptions.KeySizeInBytes);
        try
        {
            using var stream = new FileStream(path, fileOptions);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(key));
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; use theirs.
            return false;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static string Read(string path)
    {
        var value = File.ReadAllText(path).Trim();
        if (!IsKey(value))
        {
            throw new InvalidOperationException(
                $"The development encryption key file '{path}' is not a base64-encoded {EncryptionOptions.KeySizeInBytes}-byte key. " +
                $"Delete it to create a new one (tokens stored with the old key can then no longer be decrypted), " +
                $"or set {EncryptionOptions.SingleKeyName}.");
        }

        return value;
    }

    private static bool IsKey(string value)
    {
        Span<byte> buffer = stackalloc byte[EncryptionOptions.KeySizeInBytes + 3];
        var isKey = Convert.TryFromBase64String(value, buffer, out var written) && written == EncryptionOptions.KeySizeInBytes;
        CryptographicOperations.ZeroMemory(buffer);
        return isKey;
    }
}
