using Velvena.Application.Calendly.Webhooks.Inbox.Accept;
using Velvena.Domain.Calendly;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>A delivery waiting for its batch's commit, and the request that waits for it.</summary>
internal sealed class CalendlyWebhookInboxPendingWrite(CalendlyWebhookInboxEntry entry)
{
    // Continuations run elsewhere: completing a waiter must not run its request on the writer's loop.
    private readonly TaskCompletionSource<AcceptCalendlyWebhookResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CalendlyWebhookInboxEntry Entry { get; } = entry;

    public Task<AcceptCalendlyWebhookResult> Completion => _completion.Task;

    public void Complete(AcceptCalendlyWebhookResult result) => _completion.TrySetResult(result);

    public void Fail(Exception failure) => _completion.TrySetException(failure);
}
