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

    /// <summary>The first this many targeted requests after <see cref="FaultInjector.Configure"/> are answered normally: a failure half-way through a sync.</summary>
    public int SpareFirstRequests { get; init; }

    /// <summary>
    /// When set, faults (latency, hangs, 500s, 429s) hit only API requests whose bearer token belongs to one of these
    /// users, so one client's Calendly can fail while another's works. OAuth requests carry no bearer and are spared.
    /// </summary>
    public IReadOnlyList<Guid>? TargetUsers { get; init; }
}
