namespace Velvena.Infrastructure.Security;

/// <summary>
/// Keys for encrypting OAuth tokens at rest. Either one key in <c>ENCRYPTION_KEY</c> (key id
/// <see cref="SingleKeyId"/>) or a key ring in <c>Encryption:Keys</c> with <c>Encryption:ActiveKeyId</c>;
/// both may be combined while rotating away from <c>ENCRYPTION_KEY</c>. Every key is base64 of 32 random bytes.
/// Keys come from configuration (environment variables, a secret store), never from the database.
/// </summary>
public sealed class EncryptionOptions
{
    public const string SectionName = "Encryption";

    /// <summary>Configuration key, read from the configuration root (so an environment variable works as is).</summary>
    public const string SingleKeyName = "ENCRYPTION_KEY";

    /// <summary>Key id under which <c>ENCRYPTION_KEY</c> joins the key ring.</summary>
    public const string SingleKeyId = "default";

    /// <summary>Key id of the key file Development creates when no key is configured.</summary>
    public const string DevelopmentKeyId = "development";

    public const int KeySizeInBytes = 32;

    /// <summary>Value of <c>ENCRYPTION_KEY</c>; set from the configuration root, not from the Encryption section.</summary>
    public string? SingleKey { get; set; }

    /// <summary><c>Encryption:Keys</c>: key id → base64 key. Ids are 1–32 letters, digits, '-' or '_'.</summary>
    public IDictionary<string, string> Keys { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <c>Encryption:ActiveKeyId</c>: the key new values are encrypted under. Optional when exactly one key is configured.
    /// </summary>
    public string? ActiveKeyId { get; set; }

    internal bool HasAnyKey => !string.IsNullOrWhiteSpace(SingleKey) || Keys.Count > 0;
}
