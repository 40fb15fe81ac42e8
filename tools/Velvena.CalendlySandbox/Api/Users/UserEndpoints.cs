using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Velvena.CalendlySandbox.Api.Common;
using Velvena.CalendlySandbox.Json;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Api.Users;

internal static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/users/me", (HttpContext context, SandboxState state, ResourceRenderer renderer) =>
        {
            var token = context.Token();
            if (token.RequireScope("users:read") is { } denied)
            {
                return denied;
            }

            var user = state.FindUser(token.UserUuid);
            return user is null
                ? ApiErrors.NotFound()
                : Results.Json(new ResourceResponse<UserResource>(renderer.User(user)), CalendlyJson.Options);
        });
    }
}
