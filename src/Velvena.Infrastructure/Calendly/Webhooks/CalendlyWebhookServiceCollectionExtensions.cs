using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Calendly.Ports;
using Velvena.Application.Calendly.Webhooks.Ports;

namespace Velvena.Infrastructure.Calendly.Webhooks;

public static class CalendlyWebhookServiceCollectionExtensions
{
    public static IServiceCollection AddCalendlyWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CalendlyWebhookOptions>()
            .Bind(configuration.GetSection(CalendlyWebhookOptions.SectionName))
            .Validate(o => o.SignatureTolerance > TimeSpan.Zero, "Calendly:Webhooks:SignatureTolerance must be positive.")
            .Validate(o => o.MaxBodyBytes > 0, "Calendly:Webhooks:MaxBodyBytes must be positive.")
            .Validate(o => o.RetryAfter >= TimeSpan.Zero, "Calendly:Webhooks:RetryAfter must not be negative.")
            .Validate(o => o.MaxRetryDelay >= o.RetryAfter, "Calendly:Webhooks:MaxRetryDelay must not be shorter than RetryAfter.")
            .Validate(o => o.MaxAttempts > 0, "Calendly:Webhooks:MaxAttempts must be positive.")
            .Validate(o => o.InboxBatchSize is > 0 and <= 1000, "Calendly:Webhooks:InboxBatchSize must be between 1 and 1000.")
            .Validate(o => o.SweepBatchSize > 0, "Calendly:Webhooks:SweepBatchSize must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.HealthCron) && !string.IsNullOrWhiteSpace(o.InboxSweepCron), "Calendly:Webhooks cron expressions must be set.")
            .ValidateOnStart();

        services.AddSingleton<ICalendlyWebhookSettings, CalendlyWebhookSettings>();
        services.AddSingleton<ICalendlyWebhookSignatureVerifier, CalendlyWebhookSignatureVerifier>();
        services.AddSingleton<ICalendlyWebhookPayloadReader, CalendlyWebhookPayloadReader>();
        services.AddSingleton<CalendlyWebhookInboxWriter>();
        services.AddSingleton<ICalendlyWebhookInboxWriter>(provider => provider.GetRequiredService<CalendlyWebhookInboxWriter>());
        services.AddHostedService(provider => provider.GetRequiredService<CalendlyWebhookInboxWriter>());
        services.AddSingleton<CalendlyWebhookInboxChannel>();
        services.AddSingleton<ICalendlyWebhookInboxDispatcher>(provider => provider.GetRequiredService<CalendlyWebhookInboxChannel>());
        services.AddHostedService<CalendlyWebhookInboxWorker>();
        services.AddHostedService<CalendlyWebhookRecurringJobs>();
        return services;
    }
}
