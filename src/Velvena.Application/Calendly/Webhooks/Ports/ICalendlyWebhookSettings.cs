using Velvena.Application.Calendly.Webhooks.Models;

namespace Velvena.Application.Calendly.Webhooks.Ports;

/// <summary>Where Calendly must post deliveries, and which subscription scope to ask for.</summary>
public interface ICalendlyWebhookSettings
{
    /// <summary>This API's public <c>/webhooks/calendly</c> URL; null when not configured (no subscription is created).</summary>
    string? CallbackUrl { get; }

    CalendlyWebhookScope Scope { get; }
}
