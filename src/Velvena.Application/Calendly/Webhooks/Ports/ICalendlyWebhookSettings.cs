using Velvena.Application.Calendly.Webhooks.Models;

namespace Velvena.Application.Calendly.Webhooks.Ports;

/// <summary>Where Calendly must post deliveries, which subscription scope to ask for, how failed deliveries are retried.</summary>
public interface ICalendlyWebhookSettings
{
    /// <summary>This API's public <c>/webhooks/calendly</c> URL; null when not configured (no subscription is created).</summary>
    string? CallbackUrl { get; }

    CalendlyWebhookScope Scope { get; }

    /// <summary>When a failed inbox entry is retried, and after how many attempts it is given up.</summary>
    CalendlyWebhookRetryPolicy Retry { get; }
}
