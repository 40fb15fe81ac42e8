using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Common.Exceptions;

namespace Velvena.Api.Errors;

/// <summary>
/// The one place where exceptions become RFC 9457 problem details. Known application exceptions keep their
/// message (written for the client); anything else is a 500 with a trace id and no internals.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => new ValidationProblemDetails(validation.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more validation errors occurred.",
            },
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found", notFound.Message),
            ForbiddenAccessException forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden", forbidden.Message),
            UnauthorizedAccessException => Problem(StatusCodes.Status401Unauthorized, "Unauthorized", null),
            ConflictException conflict => Problem(StatusCodes.Status409Conflict, "Conflict", conflict.Message),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Conflict", "The resource was changed by another request; retry."),
            CalendlyReauthorizationRequiredException reauthorize => Problem(StatusCodes.Status409Conflict, "Calendly must be reconnected", reauthorize.Message),
            CalendlyException { IsTransient: true } => Problem(StatusCodes.Status502BadGateway, "Calendly is unreachable", "Calendly did not answer or is failing; nothing was changed. Try again in a moment."),
            CalendlyException refused => Problem(StatusCodes.Status502BadGateway, "Calendly refused the request", refused.Message),
            BadHttpRequestException badRequest => Problem(badRequest.StatusCode, "Bad request", null),
            _ => null,
        };

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                return true;
            }

            LogUnexpected(logger, exception);
            problem = Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.", null);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Problem(int status, string title, string? detail) => new() { Status = status, Title = title, Detail = detail };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);
}
