using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Velvena.IntegrationTests.Calendly.Webhooks;

/// <summary>A hand-made Calendly delivery with its signature, for the rejection tests.</summary>
internal static class SignedDelivery
{
    public static byte[] Envelope(string eventName, string inviteeUri, DateTimeOffset createdAt) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["event"] = eventName,
            ["created_at"] = createdAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            ["created_by"] = "https://api.calendly.com/users/unknown",
            ["payload"] = new Dictionary<string, object?> { ["uri"] = inviteeUri, ["email"] = "x@example.fr" },
        });

    public static string Sign(string key, DateTimeOffset at, byte[] body)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var message = Encoding.UTF8.GetBytes(t + ".").Concat(body).ToArray();
        return $"t={t},v1={Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), message))}";
    }
}
