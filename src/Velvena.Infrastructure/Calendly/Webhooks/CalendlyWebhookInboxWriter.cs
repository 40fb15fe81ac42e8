using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velvena.Application.Calendly.Webhooks.Inbox;
using Velvena.Application.Calendly.Webhooks.Inbox.Accept;
using Velvena.Application.Calendly.Webhooks.Ports;
using Velvena.Domain.Calendly;
using Velvena.Infrastructure.Persistence;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>
/// Group commit for the webhook inbox: requests queue their delivery, one loop writes whatever is queued (up to
/// <see cref="CalendlyWebhookOptions.InboxBatchSize"/>) in one transaction, and each request is answered only after that
/// transaction committed. One transaction per batch instead of one per delivery: SQLite has a single writer and each
/// commit pays for a sync of the log. While a batch commits, the next one fills up, so batches grow with the load and
/// a lone delivery waits for nothing but its own commit.
/// </summary>
internal sealed partial class CalendlyWebhookInboxWriter : BackgroundService, ICalendlyWebhookInboxWriter
{
    private readonly Channel<CalendlyWebhookInboxPendingWrite> _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<CalendlyWebhookInboxWriter> _logger;
    private readonly int _batchSize;
    private int _writing;

    public CalendlyWebhookInboxWriter(IServiceScopeFactory scopes, IOptions<CalendlyWebhookOptions> options, ILogger<CalendlyWebhookInboxWriter> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _batchSize = options.Value.InboxBatchSize;

        // Bounded: past a few batches of backlog, requests wait before queueing (back-pressure rather than memory growth).
        _queue = Channel.CreateBounded<CalendlyWebhookInboxPendingWrite>(new BoundedChannelOptions(_batchSize * 8)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Deliveries are waiting for their commit: background work on the same database should hold back.</summary>
    public bool IsBusy => Volatile.Read(ref _writing) == 1 || _queue.Reader.Count > 0;

    public async Task<AcceptCalendlyWebhookResult> WriteAsync(CalendlyWebhookInboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var pending = new CalendlyWebhookInboxPendingWrite(entry);
        try
        {
            await _queue.Writer.WriteAsync(pending, CancellationToken.None);
        }
        catch (ChannelClosedException)
        {
            throw new CalendlyWebhookInboxUnavailableException("The webhook inbox is stopping; the delivery was not stored.");
        }

        return await pending.Completion;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // No new deliveries; the loop answers every queued one before it ends.
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<CalendlyWebhookInboxPendingWrite>(_batchSize);

        // Deliberately not stopped by stoppingToken: it ends when StopAsync completes the queue and the queue is drained.
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < _batchSize && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            Volatile.Write(ref _writing, 1);
            await WriteAsync(batch);
            Volatile.Write(ref _writing, 0);
            batch.Clear();
        }
    }

    private async Task WriteAsync(List<CalendlyWebhookInboxPendingWrite> batch)
    {
        CalendlyWebhookInboxWriteOutcome[] outcomes;
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            outcomes = await CalendlyWebhookInboxBatch.StoreAsync(db, batch.ConvertAll(p => p.Entry));
        }
        catch (Exception failure)
        {
            // Nothing of the batch was committed: every waiter is refused (Calendly retries), the loop goes on.
            LogBatchFailed(_logger, failure, batch.Count);
            var refusal = new CalendlyWebhookInboxUnavailableException("The webhook inbox could not store the delivery.", failure);
            batch.ForEach(p => p.Fail(refusal));
            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Result is { } result)
            {
                batch[i].Complete(result);
            }
            else
            {
                LogDeliveryRefused(_logger, outcomes[i].Failure, batch[i].Entry.EventName);
                batch[i].Fail(new CalendlyWebhookInboxUnavailableException("The webhook inbox could not store the delivery.", outcomes[i].Failure!));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing {Count} Calendly webhook deliveries to the inbox failed; none was acknowledged, Calendly retries them.")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A Calendly webhook delivery ({EventName}) could not be written to the inbox; it was not acknowledged.")]
    private static partial void LogDeliveryRefused(ILogger logger, Exception? exception, string eventName);
}
