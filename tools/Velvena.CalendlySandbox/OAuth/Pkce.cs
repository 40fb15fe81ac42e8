using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Velvena.CalendlySandbox.OAuth;

public static class Pkce
{
    public static string ChallengeFor(string verifier) =>
        WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public static bool Verifies(string? verifier, string challenge)
    {
        if (string.IsNullOrEmpty(verifier))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(ChallengeFor(verifier)), Encoding.ASCII.GetBytes(challenge));
    }
}
