using System.Security.Cryptography;
using System.Text;

namespace Velvena.Application.Calendly.Connect;

/// <summary>The OAuth <c>state</c> and PKCE S256 values of one connect flow.</summary>
internal static class OAuthState
{
    public const int MaxLength = 128;

    /// <summary>256 random bits, base64url: unguessable and URL-safe.</summary>
    public static string NewState() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>RFC 7636: 43 characters from 32 random bytes.</summary>
    public static string NewCodeVerifier() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string CodeChallenge(string codeVerifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(codeVerifier)));

    public static string Hash(string state) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
