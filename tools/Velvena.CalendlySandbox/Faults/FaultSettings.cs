namespace Velvena.CalendlySandbox.Faults;

/// <summary>Misbehaviour on demand. Shares are probabilities between 0 and 1; a seed makes the draws repeatable.</summary>
public sealed record FaultSettings
{
    public static readonly FaultSettings None = new();

    /// <summary>Added to every API and OAuth request.</summary>
    public int LatencyMilliseconds { get; init; }

    public double ServerErrorShare { get; init; }
    public double RateLimitShare { get; init; }

    /// <summary>Requests that hang for <see cref="HangMilliseconds"/> (longer than a client's timeout) before answering 504.</summary>
    public double TimeoutShare { get; init; }

    public int HangMilliseconds { get; init; } = 60_000;

    public double WebhookDropShare { get; init; }
    public double WebhookDuplicateShare { get; init; }

    public int? Seed { get; init; }
}
