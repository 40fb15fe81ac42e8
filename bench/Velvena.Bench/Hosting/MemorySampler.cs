using System.Diagnostics;

namespace Velvena.Bench.Hosting;

/// <summary>
/// Samples every few milliseconds this process's working set, its managed heap (<see cref="GC.GetTotalMemory(bool)"/>:
/// objects allocated and not yet collected, garbage included), the memory the GC has committed, and optionally another
/// process's working set; keeps the peak of each.
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _workingSet;
    private long _managedHeap;
    private long _gcCommitted;
    private long _otherWorkingSet;

    public MemorySampler(TimeSpan interval, Func<long>? otherProcessWorkingSet = null)
    {
        _loop = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            for (var tick = 0L; !_stop.IsCancellationRequested; tick++)
            {
                process.Refresh();
                Max(ref _workingSet, process.WorkingSet64);
                Max(ref _managedHeap, GC.GetTotalMemory(forceFullCollection: false));
                Max(ref _gcCommitted, GC.GetGCMemoryInfo().TotalCommittedBytes);
                // Another process moves slowly, and reading it costs this process allocations: every tenth tick.
                if (otherProcessWorkingSet is not null && tick % 10 == 0)
                {
                    Max(ref _otherWorkingSet, otherProcessWorkingSet());
                }

                try
                {
                    await Task.Delay(interval, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
    }

    public long PeakWorkingSetBytes => Interlocked.Read(ref _workingSet);

    public long PeakManagedHeapBytes => Interlocked.Read(ref _managedHeap);

    public long PeakGcCommittedBytes => Interlocked.Read(ref _gcCommitted);

    public long PeakOtherWorkingSetBytes => Interlocked.Read(ref _otherWorkingSet);

    public static long CurrentWorkingSetBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private static void Max(ref long peak, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, value, current) != current)
        {
        }
    }
}
