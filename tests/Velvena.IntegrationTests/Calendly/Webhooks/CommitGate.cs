using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Velvena.IntegrationTests.Calendly.Webhooks;

/// <summary>Holds the next commit of the application's database until released, and can make it fail.</summary>
internal sealed class CommitGate : DbTransactionInterceptor
{
    private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _armed;
    private bool _fail;

    /// <summary>Completes when the held commit is about to run (its transaction holds everything written so far).</summary>
    public Task Reached => _reached.Task;

    public void HoldNext(bool fail = false)
    {
        _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _fail = fail;
        _armed = true;
    }

    public void Release() => _release.TrySetResult();

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (!_armed)
        {
            return result;
        }

        _armed = false;
        _reached.TrySetResult();
        await _release.Task;
        return _fail ? throw new InvalidOperationException("Injected commit failure.") : result;
    }
}
