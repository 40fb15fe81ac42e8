using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velvena.Application.Calendly.Webhooks.Inbox.Pending;
using Velvena.Application.Calendly.Webhooks.Inbox.Process;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>
/// Applies accepted deliveries right after they are acknowledged, one at a time, each in its own scope. On start it
/// first picks up whatever a previous process accepted but did not finish. Acknowledging comes first: while
/// deliveries wait for their inbox commit, processing (which writes to the same single-writer SQLite file) holds
/// back, for at most <see cref="MaxDeferral"/> per entry so a steady stream of deliveries cannot starve it.
/// </summary>
internal sealed partial class CalendlyWebhookInboxWorker(
    CalendlyWebhookInboxChannel channel,
    CalendlyWebhookInboxWriter intake,
    IServiceScopeFactory scopes,
    IOptions<CalendlyWebhookOptions> options,
    ILogger<CalendlyWebhookInboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan MaxDeferral = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan DeferralStep = TimeSpan.FromMilliseconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ProcessInBackground)
        {
            LogPaused(logger);
            return;
        }

        try
        {
            await PickUpLeftoversAsync(stoppingToken);
            await foreach (var entryId in channel.Reader.ReadAllAsync(stoppingToken))
            {
                await ProcessAsync(entryId, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is left stays in the inbox for the next start or the sweep.
        }
    }

    private async Task PickUpLeftoversAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<Guid> pending;
        await using (var scope = scopes.CreateAsyncScope())
        {
            pending = await scope.ServiceProvider.GetRequiredService<ISender>()
                .Send(new ListPendingCalendlyWebhooksQuery(TimeSpan.Zero, options.Value.SweepBatchSize), stoppingToken);
        }

        if (pending.Count > 0)
        {
            LogPickingUp(logger, pending.Count);
        }

        foreach (var entryId in pending)
        {
            await ProcessAsync(entryId, stoppingToken);
        }
    }

    private async Task ProcessAsync(Guid entryId, CancellationToken stoppingToken)
    {
        var deferred = TimeSpan.Zero;
        while (intake.IsBusy && deferred < MaxDeferral)
        {
            await Task.Delay(DeferralStep, stoppingToken);
            deferred += DeferralStep;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ProcessCalendlyWebhookCommand(entryId), stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The entry stays unprocessed; the inbox sweep retries it.
            LogFailed(logger, ex, entryId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendly:Webhooks:ProcessInBackground is false: accepted deliveries wait for the inbox sweep.")]
    private static partial void LogPaused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Picking up {Count} Calendly webhook deliveries accepted before the last stop.")]
    private static partial void LogPickingUp(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing Calendly webhook {EntryId} failed; the inbox sweep retries it.")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid entryId);
}
