namespace Velvena.Application.Common.Exceptions;

/// <summary>Why a protected token could not be decrypted.</summary>
public enum TokenDecryptionFailureReason
{
    /// <summary>The value is not a protected token in a format this application understands.</summary>
    MalformedValue = 1,

    /// <summary>The value names a key id that is not in the configured key ring (a configuration problem).</summary>
    UnknownKey = 2,

    /// <summary>
    /// Authentication failed: the value was altered, belongs to another organization or token kind,
    /// or the key with that id is not the key that produced it.
    /// </summary>
    AuthenticationFailed = 3,
}
