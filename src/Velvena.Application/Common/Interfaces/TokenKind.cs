namespace Velvena.Application.Common.Interfaces;

/// <summary>Which OAuth token a protected value holds; part of what a ciphertext is bound to.</summary>
public enum TokenKind
{
    AccessToken = 1,
    RefreshToken = 2,
}
