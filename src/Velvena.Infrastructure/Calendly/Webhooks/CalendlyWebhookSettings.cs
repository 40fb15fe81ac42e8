using Microsoft.Extensions.Options;
using Velvena.Application.Calendly.Webhooks.Models;
using Velvena.Application.Calendly.Webhooks.Ports;

namespace Velvena.Infrastructure.Calendly.Webhooks;

internal sealed class CalendlyWebhookSettings(IOptions<CalendlyOptions> calendly, IOptions<CalendlyWebhookOptions> webhooks) : ICalendlyWebhookSettings
{
    public string? CallbackUrl => calendly.Value.WebhookCallbackUrl;

    public CalendlyWebhookScope Scope => webhooks.Value.Scope;

    public CalendlyWebhookRetryPolicy Retry => new(webhooks.Value.MaxAttempts, webhooks.Value.RetryAfter, webhooks.Value.MaxRetryDelay);
}
