namespace Velvena.CalendlySandbox.Hosting;

/// <summary>A fixed one-minute window per key, on the sandbox clock (so tests can move time).</summary>
public sealed class PerMinuteQuota(TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public QuotaDecision TryTake(string key, int limit)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (!_windows.TryGetValue(key, out var window) || now >= window.Start.AddMinutes(1))
            {
                window = new Window(now, 0);
            }

            var allowed = window.Used < limit;
            if (allowed)
            {
                window = window with { Used = window.Used + 1 };
            }

            _windows[key] = window;
            var resetSeconds = (int)Math.Ceiling((window.Start.AddMinutes(1) - now).TotalSeconds);
            return new QuotaDecision(allowed, limit, Math.Max(0, limit - window.Used), Math.Max(resetSeconds, 0));
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _windows.Clear();
        }
    }

    private readonly record struct Window(DateTimeOffset Start, int Used);
}
