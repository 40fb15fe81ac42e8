using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Velvena.CalendlySandbox.Api.Common;
using Velvena.CalendlySandbox.Hosting;
using Velvena.CalendlySandbox.Json;
using Velvena.CalendlySandbox.OAuth;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Api.Events;

internal static class ScheduledEventEndpoints
{
    private const string ReadScope = "scheduled_events:read";

    public static void MapScheduledEventEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/scheduled_events", List);
        app.MapGet("/scheduled_events/{uuid}", Get);
    }

    private static IResult List(HttpContext context, SandboxState state, ResourceRenderer renderer, SandboxUrls urls)
    {
        var token = context.Token();
        if (token.RequireScope(ReadScope) is { } denied)
        {
            return denied;
        }

        var problems = new List<ErrorDetail>();
        var query = ScheduledEventQuery.Parse(context.Request.Query, problems);
        if (problems.Count > 0)
        {
            return ApiErrors.InvalidArgument(problems);
        }

        return state.Read(s =>
        {
            if (Authorize(token, s, query) is { } refused)
            {
                return refused;
            }

            var matching = s.EventsOf(token.OrganizationUuid).Where(query.Matches);
            var ordered = (query.Descending
                ? matching.OrderByDescending(e => e.StartTime).ThenByDescending(e => e.Uuid)
                : matching.OrderBy(e => e.StartTime).ThenBy(e => e.Uuid)).ToList();
            var page = query.Page.Page(ordered, e => renderer.Event(e, s.Users.GetValueOrDefault(e.HostUuid)), context.Request, urls);
            return Results.Json(page, CalendlyJson.Options);
        });
    }

    private static IResult? Authorize(AccessToken token, SandboxState state, ScheduledEventQuery query)
    {
        var caller = state.Users.GetValueOrDefault(token.UserUuid);
        if (query.Organization is { } organization)
        {
            if (organization != token.OrganizationUuid)
            {
                return ApiErrors.PermissionDenied();
            }

            if (query.User is { } member && state.Users.GetValueOrDefault(member)?.OrganizationUuid != organization)
            {
                return ApiErrors.PermissionDenied("This user is not in your organization");
            }

            return query.User == token.UserUuid || caller is { IsAdministrator: true } ? null : ApiErrors.PermissionDenied();
        }

        if (query.User == token.UserUuid)
        {
            return null;
        }

        return state.Users.GetValueOrDefault(query.User!.Value)?.OrganizationUuid == token.OrganizationUuid
            ? ApiErrors.PermissionDenied("Please also specify organization when requesting events for a user within your organization.")
            : ApiErrors.PermissionDenied("This user is not in your organization");
    }

    private static IResult Get(string uuid, HttpContext context, SandboxState state, ResourceRenderer renderer)
    {
        var token = context.Token();
        if (token.RequireScope(ReadScope) is { } denied)
        {
            return denied;
        }

        return state.Read(s =>
        {
            var found = Guid.TryParse(uuid, out var id) ? s.Events.GetValueOrDefault(id) : null;
            return EventAccess.Check(token, s, found) switch
            {
                EventVisibility.Visible => Results.Json(
                    new ResourceResponse<EventResource>(renderer.Event(found!, s.Users.GetValueOrDefault(found!.HostUuid))),
                    CalendlyJson.Options),
                EventVisibility.Forbidden => ApiErrors.PermissionDenied(),
                _ => ApiErrors.NotFound(),
            };
        });
    }
}
