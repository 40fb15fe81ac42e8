namespace Velvena.CalendlySandbox.Hosting;

/// <summary>
/// The API and OAuth requests answered, in order: lets tests count the calls a client made. Bounded by
/// <see cref="SandboxOptions.RequestLogCapacity"/> (the oldest entries make room); <see cref="Total"/> counts every
/// request recorded, kept or not.
/// </summary>
public sealed class SandboxRequestLog
{
    private readonly Queue<SandboxRequest> _entries = new();
    private readonly Lock _lock = new();
    private readonly int? _capacity;
    private long _total;

    public SandboxRequestLog(SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.RequestLogCapacity is { } capacity)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(capacity, nameof(options.RequestLogCapacity));
        }

        _capacity = options.RequestLogCapacity;
    }

    /// <summary>The requests kept, oldest first.</summary>
    public IReadOnlyList<SandboxRequest> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>Requests recorded since the start or the last <see cref="Clear"/>, including those the capacity dropped.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>Counts the requests kept (all of them when the log is unbounded).</summary>
    public int Count(Func<SandboxRequest, bool>? predicate = null)
    {
        lock (_lock)
        {
            return predicate is null ? _entries.Count : _entries.Count(predicate);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _total, 0);
        }
    }

    internal void Record(SandboxRequest request)
    {
        lock (_lock)
        {
            Interlocked.Increment(ref _total);
            if (_capacity == 0)
            {
                return;
            }

            if (_entries.Count == _capacity)
            {
                _entries.Dequeue();
            }

            _entries.Enqueue(request);
        }
    }
}
