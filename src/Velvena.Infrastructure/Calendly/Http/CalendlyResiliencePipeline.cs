using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Velvena.Infrastructure.Calendly.Http;

/// <summary>
/// Total timeout → retry → per-attempt timeout, for the API client. Only GET, HEAD and DELETE are retried:
/// a POST whose answer was lost may have taken effect (a webhook subscription would then answer 409).
/// </summary>
internal static class CalendlyResiliencePipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, CalendlyHttpOptions options)
    {
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            var timeProvider = builder.TimeProvider ?? TimeProvider.System;
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, options, timeProvider)),

                // Null falls back to exponential back-off with jitter.
                DelayGenerator = args => ValueTask.FromResult(CalendlyRetryAfter.From(args.Outcome.Result, timeProvider.GetUtcNow())),
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, CalendlyHttpOptions options, TimeProvider timeProvider)
    {
        var method = context.GetRequestMessage()?.Method ?? outcome.Result?.RequestMessage?.Method;
        if (method is null || !IsIdempotent(method))
        {
            return false;
        }

        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        if (outcome.Result is not { } response || !IsTransient(response.StatusCode))
        {
            return false;
        }

        // A wait longer than we are willing to hold a caller for surfaces as CalendlyUnavailableException.RetryAfter.
        return CalendlyRetryAfter.From(response, timeProvider.GetUtcNow()) is not { } wait || wait <= options.MaxRetryAfter;
    }

    internal static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Delete;

    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;
}
