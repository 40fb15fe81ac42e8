using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Velvena.Bench.Hosting;

/// <summary>Signs a delivery the way Calendly does: <c>t=&lt;unix&gt;,v1=hex(HMAC-SHA256(key, t + "." + body))</c>.</summary>
public static class WebhookSigner
{
    public static string Sign(string signingKey, DateTimeOffset at, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var prefix = Encoding.UTF8.GetBytes(t + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message, prefix.Length);
        return $"t={t},v1={Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), message))}";
    }
}
