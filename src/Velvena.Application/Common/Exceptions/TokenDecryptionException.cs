namespace Velvena.Application.Common.Exceptions;

/// <summary>
/// A protected token could not be decrypted. The message names the reason and, at most, the key id;
/// it never contains the token, the protected value or key material.
/// </summary>
public sealed class TokenDecryptionException : Exception
{
    public TokenDecryptionException()
        : this(TokenDecryptionFailureReason.MalformedValue, "The protected token could not be decrypted.")
    {
    }

    public TokenDecryptionException(string message)
        : this(TokenDecryptionFailureReason.MalformedValue, message)
    {
    }

    public TokenDecryptionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = TokenDecryptionFailureReason.MalformedValue;
    }

    public TokenDecryptionException(TokenDecryptionFailureReason reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    public TokenDecryptionFailureReason Reason { get; }
}
