namespace Velvena.CalendlySandbox.Faults;

/// <summary>Holds the active <see cref="FaultSettings"/> and draws from one (optionally seeded) random source.</summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly int? _defaultSeed;
    private FaultSettings _settings = FaultSettings.None;
    private Random _random;
    private int _spared;

    public FaultInjector(SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _defaultSeed = options.RandomSeed;
        _random = NewRandom(options.RandomSeed);
    }

    public FaultSettings Current
    {
        get
        {
            lock (_gate)
            {
                return _settings;
            }
        }
    }

    public void Configure(FaultSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        lock (_gate)
        {
            _settings = settings;
            _random = NewRandom(settings.Seed ?? _defaultSeed);
            _spared = 0;
        }
    }

    public void Reset() => Configure(FaultSettings.None);

    /// <summary>True while <see cref="FaultSettings.SpareFirstRequests"/> are not used up; counts this request.</summary>
    public bool Spare()
    {
        lock (_gate)
        {
            if (_spared >= _settings.SpareFirstRequests)
            {
                return false;
            }

            _spared++;
            return true;
        }
    }

    /// <summary>True with probability <paramref name="share"/>.</summary>
    public bool Draw(double share)
    {
        if (share <= 0)
        {
            return false;
        }

        lock (_gate)
        {
            return _random.NextDouble() < share;
        }
    }

    internal List<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        lock (_gate)
        {
            for (var i = list.Count - 1; i > 0; i--)
            {
                var j = _random.Next(i + 1);
                (list[i], list[j]) = (list[j], list[i]);
            }
        }

        return list;
    }

    // Seeded Random is used for reproducible test scenarios, not for anything secret.
#pragma warning disable CA5394
    private static Random NewRandom(int? seed) => seed is { } value ? new Random(value) : new Random();
#pragma warning restore CA5394
}
