using Velvena.Application.Calendly.Webhooks.Inbox.Accept;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>What became of one delivery of a committed batch: stored (or found stored), or refused on its own.</summary>
internal readonly record struct CalendlyWebhookInboxWriteOutcome(AcceptCalendlyWebhookResult? Result, Exception? Failure)
{
    public static CalendlyWebhookInboxWriteOutcome Stored(Guid entryId, bool duplicate) => new(new AcceptCalendlyWebhookResult(entryId, duplicate), null);

    public static CalendlyWebhookInboxWriteOutcome Failed(Exception failure) => new(null, failure);
}
