namespace Velvena.Application.Calendly.Webhooks.Models;

/// <summary>
/// How often an inbox entry whose processing fails is tried again: the first retry <paramref name="FirstDelay"/> after
/// the failure, each next one twice as late, at most <paramref name="MaxDelay"/> apart, <paramref name="MaxAttempts"/>
/// attempts in all (the in-process one included).
/// </summary>
public sealed record CalendlyWebhookRetryPolicy(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    /// <summary>Doubling past this many failures would only exceed any sensible cap.</summary>
    private const int MaxDoublings = 30;

    /// <summary>How long to wait after the <paramref name="failedAttempts"/>-th failure; null when no attempt is left.</summary>
    public TimeSpan? DelayAfter(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(failedAttempts);
        if (failedAttempts >= MaxAttempts)
        {
            return null;
        }

        var doublings = Math.Min(failedAttempts - 1, MaxDoublings);
        var delay = FirstDelay.Ticks * (double)(1L << doublings);
        return delay >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)delay);
    }
}
