using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Velvena.Application.Common.Exceptions;
using Velvena.Application.Common.Interfaces;

namespace Velvena.Infrastructure.Security;

/// <summary>
/// AES-256-GCM token protector.
/// <para>
/// Envelope: <c>v1.&lt;keyId&gt;.&lt;base64url(nonce[12] | ciphertext | tag[16])&gt;</c>, base64url without padding.
/// The nonce is random per encryption. The associated data is
/// <c>velvena/oauth-token/v1/&lt;keyId&gt;/&lt;organizationId:D&gt;/&lt;access|refresh&gt;</c> (UTF-8), so a value
/// copied to another organization, swapped between access and refresh token, or relabelled with another key id
/// fails authentication.
/// </para>
/// </summary>
internal sealed class AesGcmTokenProtector : ITokenProtector
{
    internal const string CurrentVersion = "v1";
    internal const int NonceSize = 12;
    internal const int TagSize = 16;
    private const char Separator = '.';

    private readonly EncryptionKeyRing _keyRing;

    /// <exception cref="InvalidOperationException">The options do not describe a usable key ring.</exception>
    public AesGcmTokenProtector(EncryptionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keyRing = EncryptionKeyRing.Create(options);
    }

    public string Protect(string token, Guid organizationId, TokenKind kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        ValidateBinding(organizationId, kind);

        var keyId = _keyRing.ActiveKeyId;
        var plaintext = Encoding.UTF8.GetBytes(token);
        var payload = new byte[NonceSize + plaintext.Length + TagSize];
        try
        {
            var nonce = payload.AsSpan(0, NonceSize);
            RandomNumberGenerator.Fill(nonce);
            using var aes = new AesGcm(_keyRing.ActiveKey, TagSize);
            aes.Encrypt(
                nonce,
                plaintext,
                payload.AsSpan(NonceSize, plaintext.Length),
                payload.AsSpan(NonceSize + plaintext.Length, TagSize),
                AssociatedData(keyId, organizationId, kind));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }

        return string.Concat(CurrentVersion, ".", keyId, ".", Base64Url.EncodeToString(payload));
    }

    public string Unprotect(string protectedToken, Guid organizationId, TokenKind kind)
    {
        ArgumentNullException.ThrowIfNull(protectedToken);
        ValidateBinding(organizationId, kind);

        if (!TryParse(protectedToken, out var keyId, out var payload))
        {
            throw new TokenDecryptionException(
                TokenDecryptionFailureReason.MalformedValue,
                $"The protected {Describe(kind)} is not a '{CurrentVersion}' AES-GCM envelope.");
        }

        if (!_keyRing.TryGetKey(keyId, out var key))
        {
            throw new TokenDecryptionException(
                TokenDecryptionFailureReason.UnknownKey,
                $"The protected {Describe(kind)} was encrypted under key id '{keyId}', which is not in the configured key ring. " +
                $"Add that key back to {EncryptionOptions.SectionName}:Keys, or have the organization reconnect Calendly.");
        }

        var ciphertextLength = payload.Length - NonceSize - TagSize;
        var plaintext = new byte[ciphertextLength];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(
                payload.AsSpan(0, NonceSize),
                payload.AsSpan(NonceSize, ciphertextLength),
                payload.AsSpan(NonceSize + ciphertextLength, TagSize),
                plaintext,
                AssociatedData(keyId, organizationId, kind));
            return Encoding.UTF8.GetString(plaintext);
        }
        catch (AuthenticationTagMismatchException)
        {
            // No inner exception: nothing about the failure is worth more than the guarantee that nothing leaks.
            throw new TokenDecryptionException(
                TokenDecryptionFailureReason.AuthenticationFailed,
                $"The protected {Describe(kind)} failed authentication under key id '{keyId}': it was altered, " +
                "belongs to another organization or token kind, or that key id now holds a different key.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    public bool NeedsReencryption(string protectedToken)
    {
        ArgumentNullException.ThrowIfNull(protectedToken);
        return !TryParse(protectedToken, out var keyId, out _) || !_keyRing.IsActive(keyId);
    }

    private static bool TryParse(string value, out string keyId, out byte[] payload)
    {
        keyId = string.Empty;
        payload = [];

        var span = value.AsSpan();
        var first = span.IndexOf(Separator);
        if (first < 0 || !span[..first].SequenceEqual(CurrentVersion))
        {
            return false;
        }

        var rest = span[(first + 1)..];
        var second = rest.IndexOf(Separator);
        if (second < 0 || !EncryptionKeyRing.IsValidKeyId(rest[..second]))
        {
            return false;
        }

        var encoded = rest[(second + 1)..];
        if (!Base64Url.IsValid(encoded, out var decodedLength) || decodedLength < NonceSize + TagSize)
        {
            return false;
        }

        var decoded = new byte[decodedLength];
        if (Base64Url.DecodeFromChars(encoded, decoded, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != decodedLength)
        {
            return false;
        }

        // Decoders tolerate padding, whitespace and non-zero trailing bits; accept only the one canonical encoding,
        // so that every character of an envelope matters.
        if (!encoded.SequenceEqual(Base64Url.EncodeToString(decoded)))
        {
            return false;
        }

        keyId = rest[..second].ToString();
        payload = decoded;
        return true;
    }

    private static byte[] AssociatedData(string keyId, Guid organizationId, TokenKind kind) =>
        Encoding.UTF8.GetBytes($"velvena/oauth-token/{CurrentVersion}/{keyId}/{organizationId:D}/{KindLabel(kind)}");

    // Stable labels, independent of the enum member names, because they are part of every stored ciphertext.
    private static string KindLabel(TokenKind kind) => kind switch
    {
        TokenKind.AccessToken => "access",
        TokenKind.RefreshToken => "refresh",
        TokenKind.CodeVerifier => "pkce-verifier",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown token kind."),
    };

    private static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.AccessToken => "access token",
        TokenKind.RefreshToken => "refresh token",
        _ => "PKCE verifier",
    };

    private static void ValidateBinding(Guid organizationId, TokenKind kind)
    {
        if (organizationId == Guid.Empty)
        {
            throw new ArgumentException("A token must be bound to an organization.", nameof(organizationId));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown token kind.");
        }
    }
}
