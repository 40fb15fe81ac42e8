namespace Velvena.Application.Calendly.Webhooks.Inbox.Accept;

/// <param name="Duplicate">The same delivery was already in the inbox: nothing was written.</param>
public sealed record AcceptCalendlyWebhookResult(Guid EntryId, bool Duplicate);
