using Microsoft.AspNetCore.Http;
using Velvena.CalendlySandbox.Json;

namespace Velvena.CalendlySandbox.Api.Common;

/// <summary>The error answers Calendly gives, with its titles and messages.</summary>
public static class ApiErrors
{
    public static IResult Unauthenticated() =>
        Json(401, new ApiErrorBody("Unauthenticated", "The access token is invalid"));

    public static IResult InsufficientScope(params string[] requiredScopes) =>
        Results.Json(
            new InsufficientScopeBody("Insufficient scope", "This operation requires the scopes listed in the 'required_scopes' array.", requiredScopes),
            CalendlyJson.Options,
            statusCode: 403);

    public static IResult PermissionDenied(string message = "You do not have permission to access this resource.") =>
        Json(403, new ApiErrorBody("Permission Denied", message));

    public static IResult NotFound() =>
        Json(404, new ApiErrorBody("Resource Not Found", "The server could not find the requested resource."));

    public static IResult InvalidArgument(IReadOnlyList<ErrorDetail> details) =>
        Json(400, new ApiErrorBody("Invalid Argument", "The supplied parameters are invalid.") { Details = details });

    public static IResult InvalidArgument(string parameter, string message) => InvalidArgument([new ErrorDetail(parameter, message)]);

    public static IResult AlreadyExists() =>
        Json(409, new ApiErrorBody("Already Exists", "Hook with this url already exists"));

    public static IResult TooManyRequests() =>
        Json(429, new ApiErrorBody("Too Many Requests", "You have exceeded the rate limit. Please wait before retrying."));

    public static IResult InternalServerError() =>
        Json(500, new ApiErrorBody("Internal Server Error", "The server encountered an unexpected condition that prevented it from fulfilling the request."));

    private static IResult Json(int status, ApiErrorBody body) => Results.Json(body, CalendlyJson.Options, statusCode: status);
}
