using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Velvena.Application.Calendly.Webhooks.Models;
using Velvena.Application.Calendly.Webhooks.Ports;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>
/// <c>v1 = hex(HMAC-SHA256(key = signing key, message = t + "." + raw body))</c>, compared in constant time, with
/// <c>t</c> (Unix seconds) within the configured tolerance of now.
/// </summary>
internal sealed class CalendlyWebhookSignatureVerifier(
    IOptions<CalendlyOptions> calendly, IOptions<CalendlyWebhookOptions> webhooks, TimeProvider clock) : ICalendlyWebhookSignatureVerifier
{
    private const int Sha256Length = 32;

    public CalendlyWebhookSignatureCheck Verify(string? header, ReadOnlySpan<byte> body)
    {
        var signingKey = calendly.Value.WebhookSigningKey;
        if (string.IsNullOrEmpty(signingKey))
        {
            return CalendlyWebhookSignatureCheck.NotConfigured;
        }

        if (string.IsNullOrWhiteSpace(header))
        {
            return CalendlyWebhookSignatureCheck.Missing;
        }

        if (!TryParse(header, out var timestamp, out var unixSeconds, out var expected))
        {
            return CalendlyWebhookSignatureCheck.Malformed;
        }

        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var actual = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), message);
        if (!CryptographicOperations.FixedTimeEquals(actual, expected))
        {
            return CalendlyWebhookSignatureCheck.Mismatch;
        }

        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
        return age.Duration() > webhooks.Value.SignatureTolerance ? CalendlyWebhookSignatureCheck.Stale : CalendlyWebhookSignatureCheck.Valid;
    }

    private static bool TryParse(string header, out string timestamp, out long unixSeconds, out byte[] signature)
    {
        timestamp = string.Empty;
        unixSeconds = 0;
        signature = [];
        string? t = null;
        string? v1 = null;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                return false;
            }

            var (name, value) = (part[..separator], part[(separator + 1)..]);
            if (name == "t")
            {
                t = value;
            }
            else if (name == "v1")
            {
                v1 = value;
            }
        }

        if (t is null || v1 is null || v1.Length != Sha256Length * 2
            || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out unixSeconds)
            || unixSeconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        try
        {
            signature = Convert.FromHexString(v1);
        }
        catch (FormatException)
        {
            return false;
        }

        timestamp = t;
        return true;
    }
}
