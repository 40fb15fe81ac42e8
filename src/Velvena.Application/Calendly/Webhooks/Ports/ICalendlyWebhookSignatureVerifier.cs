using Velvena.Application.Calendly.Webhooks.Models;

namespace Velvena.Application.Calendly.Webhooks.Ports;

/// <summary>Checks <c>Calendly-Webhook-Signature: t=…,v1=…</c> over the raw body with the app's signing key.</summary>
public interface ICalendlyWebhookSignatureVerifier
{
    CalendlyWebhookSignatureCheck Verify(string? header, ReadOnlySpan<byte> body);
}
