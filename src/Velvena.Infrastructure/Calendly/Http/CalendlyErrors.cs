using System.Net;
using System.Text.Json;
using Refit;
using Velvena.Application.Calendly.Exceptions;

namespace Velvena.Infrastructure.Calendly.Http;

/// <summary>
/// Turns Refit answers into application exceptions, by HTTP status only (never by title text). Refit's own
/// exceptions carry the request (headers, form body) and are never passed on as inner exceptions.
/// </summary>
internal static class CalendlyErrors
{
    private const int MaxEchoedLength = 300;

    public static T ContentOrThrow<T>(IApiResponse<T> response, string operation, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        EnsureSuccess(response, operation, timeProvider, cancellationToken);
        return response.Content ?? throw new CalendlyException((int)response.StatusCode.GetValueOrDefault(), $"Calendly {operation}: the response had no body.");
    }

    public static void EnsureSuccess(IApiResponse response, string operation, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (response.HasRequestError(out var requestError))
        {
            throw Transport(requestError?.InnerException ?? requestError, operation, cancellationToken);
        }

        if (!response.IsSuccessStatusCode)
        {
            var body = (response.Error as ApiException)?.Content;
            var status = response.StatusCode.GetValueOrDefault();
            var retryAfter = CalendlyRetryAfter.From(status, response.Headers, timeProvider.GetUtcNow());
            throw FromStatus(status, body, retryAfter, operation);
        }

        if (response.Error is { } error)
        {
            // A success status whose body could not be read: keep the JsonException, which names a path but no values.
            throw new CalendlyException($"Calendly {operation}: the response could not be read.", error.InnerException as JsonException ?? new JsonException(error.GetType().Name));
        }
    }

    /// <summary>No answer: network failure or timeout. A cancellation asked for by the caller stays a cancellation.</summary>
    public static Exception Transport(Exception? exception, string operation, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return new OperationCanceledException(cancellationToken);
        }

        if (exception is ApiRequestException { InnerException: { } inner })
        {
            exception = inner;
        }

        return exception switch
        {
            // Raised by the access-token handler before the request went out (reauthorization required, a refresh
            // that failed): already the application's answer. Wrapping it as "unavailable" made a dead connection
            // look transient.
            CalendlyException calendly => calendly,
            HttpRequestException http => new CalendlyUnavailableException($"Calendly {operation}: network failure ({http.HttpRequestError}).", http),
            Polly.Timeout.TimeoutRejectedException timeout => new CalendlyUnavailableException($"Calendly {operation}: timed out.", timeout),
            OperationCanceledException => new CalendlyUnavailableException($"Calendly {operation}: timed out."),
            _ => new CalendlyUnavailableException($"Calendly {operation}: the request failed ({exception?.GetType().Name})."),
        };
    }

    public static bool IsTransport(Exception exception) =>
        exception is HttpRequestException or OperationCanceledException or ApiRequestException;

    public static CalendlyException FromStatus(HttpStatusCode status, string? body, TimeSpan? retryAfter, string operation)
    {
        var error = Parse(body);
        var code = (int)status;
        var message = $"Calendly {operation}: {code} {Echo(error?.Title)}: {Echo(error?.Message)}".TrimEnd(' ', ':');
        return status switch
        {
            HttpStatusCode.Unauthorized => new CalendlyUnauthorizedException(code, message),
            HttpStatusCode.Forbidden when error?.RequiredScopes is { Count: > 0 } scopes =>
                new CalendlyInsufficientScopeException(code, $"{message} (required scopes: {string.Join(' ', scopes)})", scopes),
            HttpStatusCode.NotFound => new CalendlyNotFoundException(code, message),
            HttpStatusCode.Conflict => new CalendlyConflictException(code, message),
            _ when CalendlyResiliencePipeline.IsTransient(status) => new CalendlyUnavailableException(code, message, retryAfter),
            _ => new CalendlyException(code, message),
        };
    }

    private static CalendlyApiErrorBody? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CalendlyApiErrorBody>(body, CalendlyJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Echo(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Length <= MaxEchoedLength ? text : text[..MaxEchoedLength] + "…";
}
