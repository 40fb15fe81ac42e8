namespace Velvena.CalendlySandbox;

public sealed class SandboxOptions
{
    /// <summary>Clock for token expiry, rate-limit windows, timestamps and webhook retries.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>0 picks a free loopback port.</summary>
    public int Port { get; init; }

    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromHours(2);
    public TimeSpan AuthorizationCodeLifetime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Per user per minute; Calendly allows 500 on paid plans, 50 on free ones.</summary>
    public int ApiRequestsPerMinute { get; init; } = 500;

    public int TokenRequestsPerMinute { get; init; } = 8;

    /// <summary>Approve every authorize request at once instead of showing the consent page.</summary>
    public bool AutoApprove { get; init; }

    /// <summary>Waits between delivery attempts; once exhausted (or past the window) the subscription is disabled.</summary>
    public IReadOnlyList<TimeSpan> WebhookRetryDelays { get; init; } =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1),
        TimeSpan.FromHours(2), TimeSpan.FromHours(4), TimeSpan.FromHours(8), TimeSpan.FromHours(8),
    ];

    public TimeSpan WebhookRetryWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long a receiver may take to answer before the attempt counts as a timeout.</summary>
    public TimeSpan WebhookTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How many API and OAuth requests <see cref="Hosting.SandboxRequestLog"/> keeps (the most recent ones); null keeps
    /// every one (the default, for tests that count calls), 0 keeps none (long runs with many calls).
    /// </summary>
    public int? RequestLogCapacity { get; init; }

    /// <summary>Seed of every random choice (faults, shuffles, generated data); null means unpredictable.</summary>
    public int? RandomSeed { get; init; }
}
