using Hangfire.Common;
using Hangfire.States;
using Velvena.Application.Calendly.Exceptions;

namespace Velvena.Infrastructure.BackgroundJobs.CalendlySync;

/// <summary>
/// When Calendly said how long to wait (<c>Retry-After</c> / <c>X-RateLimit-Reset</c>), the retry is scheduled at
/// that delay instead of the fixed back-off. Runs before <see cref="Hangfire.AutomaticRetryAttribute"/> and spends one
/// of its attempts (same <c>RetryCount</c> parameter), so a Calendly that keeps answering 429 still runs out of retries.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CalendlyRetryAfterAttribute : JobFilterAttribute, IElectStateFilter
{
    private const string RetryCountParameter = "RetryCount";

    public CalendlyRetryAfterAttribute()
    {
        // AutomaticRetryAttribute uses Order 20: this one must see the failure first.
        Order = 10;
    }

    public int Attempts { get; set; } = CalendlySyncJob.RetryAttempts;

    public void OnStateElection(ElectStateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CandidateState is not FailedState failed || RetryAfter(failed.Exception) is not { } delay)
        {
            return;
        }

        var retryCount = context.GetJobParameter<int>(RetryCountParameter, allowStale: true) + 1;
        if (retryCount > Attempts)
        {
            return;
        }

        context.SetJobParameter(RetryCountParameter, retryCount);
        context.CandidateState = new ScheduledState(delay)
        {
            Reason = $"Retry attempt {retryCount} of {Attempts} when Calendly allows it again ({failed.Exception.GetType().Name})",
        };
    }

    private static TimeSpan? RetryAfter(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is CalendlyUnavailableException { RetryAfter: { } delay } && delay > TimeSpan.Zero)
            {
                return delay;
            }
        }

        return null;
    }
}
