using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Velvena.CalendlySandbox.Webhooks;

/// <summary>
/// Calendly-Webhook-Signature: t=&lt;unix seconds&gt;,v1=&lt;lowercase hex HMAC-SHA256(key = signing key UTF-8, message = t + "." + raw body)&gt;.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "Calendly-Webhook-Signature";

    public static string Create(string signingKey, long unixSeconds, ReadOnlySpan<byte> body)
    {
        var t = unixSeconds.ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Compute(signingKey, t, body)}";
    }

    public static bool Verify(string? header, string signingKey, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }

        string? t = null;
        string? v1 = null;
        foreach (var part in header.Split(','))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2)
            {
                continue;
            }

            if (pair[0].Trim() == "t")
            {
                t = pair[1].Trim();
            }
            else if (pair[0].Trim() == "v1")
            {
                v1 = pair[1].Trim();
            }
        }

        if (t is null || v1 is null || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(signingKey, t, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(v1));
    }

    private static string Compute(string signingKey, string t, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(t + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), message));
    }
}
