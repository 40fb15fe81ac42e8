using System.Collections.Concurrent;

namespace Velvena.Infrastructure.Calendly.Tokens;

/// <summary>One gate per connection in this process, so concurrent callers wait for one refresh instead of racing.</summary>
internal sealed class CalendlyRefreshLocks
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _gates = new();

    public async Task<IDisposable> EnterAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(organizationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
