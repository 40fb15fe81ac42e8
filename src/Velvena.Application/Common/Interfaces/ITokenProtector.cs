using Velvena.Application.Common.Exceptions;

namespace Velvena.Application.Common.Interfaces;

/// <summary>
/// Encrypts OAuth tokens for storage. Each protected value is bound to the organization and the
/// <see cref="TokenKind"/> it was produced for: unprotecting it for another organization or another kind fails.
/// </summary>
public interface ITokenProtector
{
    /// <summary>Encrypts <paramref name="token"/> under the active key.</summary>
    string Protect(string token, Guid organizationId, TokenKind kind);

    /// <summary>Decrypts a value produced by <see cref="Protect"/> for the same organization and kind.</summary>
    /// <exception cref="TokenDecryptionException">
    /// The value is malformed, was produced under a key that is no longer configured, was tampered with,
    /// or belongs to another organization or token kind.
    /// </exception>
    string Unprotect(string protectedToken, Guid organizationId, TokenKind kind);

    /// <summary>
    /// True when <paramref name="protectedToken"/> was not produced under the active key and current format,
    /// so the caller should store it again (unprotect, then protect) on its next write.
    /// </summary>
    bool NeedsReencryption(string protectedToken);
}
