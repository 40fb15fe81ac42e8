using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Velvena.Api.Authentication;

/// <summary>Turns the configured HS256 key into key material; in Development creates a local one when none is set.</summary>
public static class JwtSigningKey
{
    private const string DevelopmentKeyFile = "dev-jwt-signing-key";

    public static SymmetricSecurityKey From(string configuredKey)
    {
        var bytes = TryBase64(configuredKey) ?? Encoding.UTF8.GetBytes(configuredKey);
        if (bytes.Length < JwtOptions.MinimumSigningKeyBytes)
        {
            throw new InvalidOperationException(
                $"Auth:Jwt:SigningKey must be at least {JwtOptions.MinimumSigningKeyBytes} bytes (HS256); it is {bytes.Length}.");
        }

        return new SymmetricSecurityKey(bytes);
    }

    /// <summary>A per-machine key under <c>.velvena/</c> (git-ignored), so locally minted tokens survive restarts.</summary>
    public static string LoadOrCreateDevelopmentKey(string contentRoot)
    {
        var directory = Path.Combine(contentRoot, ".velvena");
        var path = Path.Combine(directory, DevelopmentKeyFile);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(directory);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(JwtOptions.MinimumSigningKeyBytes));
        File.WriteAllText(path, key);
        return key;
    }

    private static byte[]? TryBase64(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && written >= JwtOptions.MinimumSigningKeyBytes
            ? buffer[..written]
            : null;
    }
}
