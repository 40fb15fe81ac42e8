using Velvena.Application.Calendly.Ports;

namespace Velvena.Infrastructure.Calendly.Http;

/// <summary>
/// Counts Calendly requests per asynchronous flow: a tally started by a sync sees exactly the requests its own awaits
/// send (the HTTP handlers run in the caller's execution context), never those of another organization's sync.
/// </summary>
internal sealed class CalendlyCallMeter : ICalendlyCallMeter
{
    private readonly AsyncLocal<Tally?> _current = new();

    public ICalendlyCallTally StartTally()
    {
        var tally = new Tally(this, _current.Value);
        _current.Value = tally;
        return tally;
    }

    /// <summary>Called once per HTTP request that actually goes out (each retry and token refresh counts).</summary>
    public void Record()
    {
        for (var tally = _current.Value; tally is not null; tally = tally.Outer)
        {
            tally.Increment();
        }
    }

    private sealed class Tally(CalendlyCallMeter meter, Tally? outer) : ICalendlyCallTally
    {
        private int _calls;

        public Tally? Outer { get; } = outer;

        public int Calls => Volatile.Read(ref _calls);

        public void Increment() => Interlocked.Increment(ref _calls);

        public void Dispose()
        {
            if (ReferenceEquals(meter._current.Value, this))
            {
                meter._current.Value = Outer;
            }
        }
    }
}
