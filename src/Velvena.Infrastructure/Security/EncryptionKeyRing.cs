using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Velvena.Infrastructure.Security;

/// <summary>The decoded keys from <see cref="EncryptionOptions"/>, and which one is active.</summary>
internal sealed class EncryptionKeyRing
{
    private const int MaxKeyIdLength = 32;

    private readonly Dictionary<string, byte[]> _keys;

    private EncryptionKeyRing(Dictionary<string, byte[]> keys, string activeKeyId)
    {
        _keys = keys;
        ActiveKeyId = activeKeyId;
        ActiveKey = keys[activeKeyId];
    }

    public string ActiveKeyId { get; }

    public byte[] ActiveKey { get; }

    public bool IsActive(string keyId) => string.Equals(keyId, ActiveKeyId, StringComparison.OrdinalIgnoreCase);

    public bool TryGetKey(string keyId, [NotNullWhen(true)] out byte[]? key) => _keys.TryGetValue(keyId, out key);

    public static bool IsValidKeyId(ReadOnlySpan<char> keyId)
    {
        if (keyId.IsEmpty || keyId.Length > MaxKeyIdLength)
        {
            return false;
        }

        foreach (var c in keyId)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <exception cref="InvalidOperationException">The options are invalid; the message lists every problem.</exception>
    public static EncryptionKeyRing Create(EncryptionOptions options)
    {
        if (TryCreate(options, out var ring, out var errors))
        {
            return ring;
        }

        throw new InvalidOperationException("Invalid encryption key configuration: " + string.Join(" ", errors));
    }

    /// <summary>Decodes and checks every configured key. Error messages name settings and key ids, never key material.</summary>
    public static bool TryCreate(
        EncryptionOptions options,
        [NotNullWhen(true)] out EncryptionKeyRing? ring,
        out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(options);

        var problems = new List<string>();
        var keys = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);

        if (!string.IsNullOrWhiteSpace(options.SingleKey))
        {
            if (options.Keys.ContainsKey(EncryptionOptions.SingleKeyId))
            {
                problems.Add(
                    $"{EncryptionOptions.SingleKeyName} and {EncryptionOptions.SectionName}:Keys:{EncryptionOptions.SingleKeyId} " +
                    $"both define key id '{EncryptionOptions.SingleKeyId}'; keep only one of them.");
            }
            else if (TryDecodeKey(options.SingleKey, EncryptionOptions.SingleKeyName, problems, out var key))
            {
                keys.Add(EncryptionOptions.SingleKeyId, key);
            }
        }

        foreach (var (keyId, value) in options.Keys)
        {
            if (!IsValidKeyId(keyId))
            {
                // A long invalid id may be a key pasted in the wrong place: do not echo it.
                var shown = keyId.Length <= MaxKeyIdLength ? $" '{keyId}'" : string.Empty;
                problems.Add(
                    $"{EncryptionOptions.SectionName}:Keys contains an invalid key id{shown}: " +
                    $"use 1 to {MaxKeyIdLength} letters, digits, '-' or '_'.");
                continue;
            }

            if (TryDecodeKey(value, $"{EncryptionOptions.SectionName}:Keys:{keyId}", problems, out var key))
            {
                keys.Add(keyId, key);
            }
        }

        string? activeKeyId = null;
        if (!options.HasAnyKey)
        {
            problems.Add(
                $"No encryption key is configured. Set {EncryptionOptions.SingleKeyName} to a base64-encoded " +
                $"{EncryptionOptions.KeySizeInBytes}-byte key, or configure {EncryptionOptions.SectionName}:Keys:<keyId> " +
                $"and {EncryptionOptions.SectionName}:ActiveKeyId.");
        }
        else if (!string.IsNullOrWhiteSpace(options.ActiveKeyId))
        {
            activeKeyId = options.ActiveKeyId.Trim();
            if (!ConfiguredIds(options).Contains(activeKeyId, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(
                    $"{EncryptionOptions.SectionName}:ActiveKeyId '{activeKeyId}' is not a configured key id " +
                    $"(configured: {string.Join(", ", ConfiguredIds(options))}).");
            }
        }
        else if (ConfiguredIds(options).Count() > 1)
        {
            problems.Add(
                $"{EncryptionOptions.SectionName}:ActiveKeyId is required when more than one key is configured " +
                $"(configured: {string.Join(", ", ConfiguredIds(options))}).");
        }
        else
        {
            // Null when the only configured ids were invalid; that problem is already reported.
            activeKeyId = ConfiguredIds(options).SingleOrDefault();
        }

        if (problems.Count > 0 || activeKeyId is null)
        {
            foreach (var key in keys.Values)
            {
                CryptographicOperations.ZeroMemory(key);
            }

            ring = null;
            errors = problems;
            return false;
        }

        ring = new EncryptionKeyRing(keys, keys.Keys.First(id => string.Equals(id, activeKeyId, StringComparison.OrdinalIgnoreCase)));
        errors = [];
        return true;
    }

    private static IEnumerable<string> ConfiguredIds(EncryptionOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.SingleKey))
        {
            yield return EncryptionOptions.SingleKeyId;
        }

        foreach (var keyId in options.Keys.Keys.Where(id => IsValidKeyId(id)).Order(StringComparer.OrdinalIgnoreCase))
        {
            yield return keyId;
        }
    }

    private static bool TryDecodeKey(string? value, string settingName, List<string> problems, [NotNullWhen(true)] out byte[]? key)
    {
        key = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{settingName} is empty.");
            return false;
        }

        byte[] decoded;
        try
        {
            decoded = Convert.FromBase64String(value.Trim());
        }
        catch (FormatException)
        {
            problems.Add($"{settingName} is not valid base64.");
            return false;
        }

        if (decoded.Length != EncryptionOptions.KeySizeInBytes)
        {
            problems.Add(
                $"{settingName} must decode to {EncryptionOptions.KeySizeInBytes} bytes (AES-256) " +
                $"but decodes to {decoded.Length} bytes.");
            CryptographicOperations.ZeroMemory(decoded);
            return false;
        }

        key = decoded;
        return true;
    }
}
