using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Calendly.Bookings.Record;
using Velvena.Application.Calendly.Connect;
using Velvena.Application.Calendly.Webhooks.Subscriptions;
using Velvena.Application.Calendly.Sync.SyncOrganization;
using Velvena.Application.Common.Behaviors;

namespace Velvena.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Validators and the mediator pipeline (logging → admin check → validation → performance). Handlers themselves are
    /// registered by the Mediator source generator in Velvena.Api.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AdminOnlyBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(PerformanceBehavior<,>));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CalendlyConnectionEstablisher>();
        services.AddScoped<CalendlyWebhookSubscriber>();
        services.AddScoped<SyncRunRecorder>();
        services.AddScoped<BookingBatchWriter>();
        return services;
    }
}
