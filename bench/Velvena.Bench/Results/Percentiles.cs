namespace Velvena.Bench.Results;

public static class Percentiles
{
    /// <summary>Nearest-rank percentile of <paramref name="samples"/> (0 &lt; <paramref name="percent"/> ≤ 100).</summary>
    public static double Of(IReadOnlyCollection<double> samples, double percent)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
