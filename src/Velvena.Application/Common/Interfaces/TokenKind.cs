namespace Velvena.Application.Common.Interfaces;

/// <summary>Which OAuth secret a protected value holds; part of what a ciphertext is bound to.</summary>
public enum TokenKind
{
    AccessToken = 1,
    RefreshToken = 2,

    /// <summary>The PKCE verifier of a pending "connect Calendly" flow.</summary>
    CodeVerifier = 3,
}
