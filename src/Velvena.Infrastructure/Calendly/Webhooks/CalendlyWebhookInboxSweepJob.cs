using Mediator;
using Microsoft.Extensions.Options;
using Velvena.Application.Calendly.Webhooks.Inbox.Pending;
using Velvena.Application.Calendly.Webhooks.Inbox.Process;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>
/// Recurring <c>calendly-webhook-inbox</c>: applies deliveries still unprocessed after <see cref="CalendlyWebhookOptions.RetryAfter"/>
/// whose back-off after a failed attempt has passed; the processing gives an entry up after its last allowed attempt.
/// </summary>
public sealed class CalendlyWebhookInboxSweepJob(ISender sender, IOptions<CalendlyWebhookOptions> options)
{
    public const string RecurringJobId = "calendly-webhook-inbox";

    /// <returns>How many entries were still pending when the sweep started.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var pending = await sender.Send(new ListPendingCalendlyWebhooksQuery(options.Value.RetryAfter, options.Value.SweepBatchSize), cancellationToken);
        foreach (var entryId in pending)
        {
            await sender.Send(new ProcessCalendlyWebhookCommand(entryId), cancellationToken);
        }

        return pending.Count;
    }
}
