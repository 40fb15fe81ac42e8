using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Velvena.Application.Calendly.Webhooks.Ports;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Calendly;

namespace Velvena.Application.Calendly.Webhooks.Inbox.Requeue;

internal sealed partial class RequeueFailedCalendlyWebhooksCommandHandler(
    IAppDbContext db, ICalendlyWebhookInboxDispatcher dispatcher, ILogger<RequeueFailedCalendlyWebhooksCommandHandler> logger)
    : ICommandHandler<RequeueFailedCalendlyWebhooksCommand, int>
{
    public async ValueTask<int> Handle(RequeueFailedCalendlyWebhooksCommand command, CancellationToken cancellationToken)
    {
        var failed = await db.CalendlyWebhookInbox
            .Where(e => e.OrganizationId == command.OrganizationId && e.Outcome == CalendlyWebhookInboxOutcome.GaveUp)
            .ToListAsync(cancellationToken);
        var requeued = failed.Where(e => e.Requeue()).Select(e => e.Id).ToList();
        if (requeued.Count == 0)
        {
            return 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        foreach (var entryId in requeued)
        {
            dispatcher.Enqueue(entryId);
        }

        LogRequeued(logger, requeued.Count, command.OrganizationId);
        return requeued.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Requeued {Count} given-up Calendly webhook deliveries of organization {OrganizationId}.")]
    private static partial void LogRequeued(ILogger logger, int count, Guid organizationId);
}
