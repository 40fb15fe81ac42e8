using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Velvena.CalendlySandbox.Api.Common;
using Velvena.CalendlySandbox.Api.Events;
using Velvena.CalendlySandbox.Hosting;
using Velvena.CalendlySandbox.Json;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Api.Invitees;

internal static class InviteeEndpoints
{
    private const string ReadScope = "scheduled_events:read";

    public static void MapInviteeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/scheduled_events/{eventUuid}/invitees", List);
        app.MapGet("/scheduled_events/{eventUuid}/invitees/{inviteeUuid}", Get);
    }

    private static IResult List(string eventUuid, HttpContext context, SandboxState state, ResourceRenderer renderer, SandboxUrls urls)
    {
        var token = context.Token();
        if (token.RequireScope(ReadScope) is { } denied)
        {
            return denied;
        }

        var query = context.Request.Query;
        var problems = new List<ErrorDetail>();
        var page = PageRequest.Parse(query, problems);
        var status = query["status"].ToString();
        if (status.Length > 0 && status is not (ResourceStatus.Active or ResourceStatus.Canceled))
        {
            problems.Add(new ErrorDetail("status", "must be active or canceled", "invalid_status"));
        }

        var sort = query["sort"].ToString();
        if (sort.Length > 0 && sort is not ("created_at:asc" or "created_at:desc"))
        {
            problems.Add(new ErrorDetail("sort", "must be created_at:asc or created_at:desc", "invalid_sort"));
        }

        if (problems.Count > 0)
        {
            return ApiErrors.InvalidArgument(problems);
        }

        var email = query["email"].ToString();
        return state.Read(s =>
        {
            var found = Guid.TryParse(eventUuid, out var id) ? s.Events.GetValueOrDefault(id) : null;
            switch (EventAccess.Check(token, s, found))
            {
                case EventVisibility.Hidden:
                    return ApiErrors.NotFound();
                case EventVisibility.Forbidden:
                    return ApiErrors.PermissionDenied("You are not allowed to view this event");
            }

            var matching = found!.Invitees.Where(i =>
                (status.Length == 0 || i.Status == status)
                && (email.Length == 0 || string.Equals(i.Email, email, StringComparison.OrdinalIgnoreCase)));
            var ordered = (sort == "created_at:desc"
                ? matching.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Uuid)
                : matching.OrderBy(i => i.CreatedAt).ThenBy(i => i.Uuid)).ToList();
            return Results.Json(page.Page(ordered, renderer.Invitee, context.Request, urls), CalendlyJson.Options);
        });
    }

    private static IResult Get(string eventUuid, string inviteeUuid, HttpContext context, SandboxState state, ResourceRenderer renderer)
    {
        var token = context.Token();
        if (token.RequireScope(ReadScope) is { } denied)
        {
            return denied;
        }

        return state.Read(s =>
        {
            var invitee = Guid.TryParse(inviteeUuid, out var id) ? s.Invitees.GetValueOrDefault(id) : null;
            if (invitee is null || !Guid.TryParse(eventUuid, out var eventId) || invitee.Event.Uuid != eventId)
            {
                return ApiErrors.NotFound();
            }

            return EventAccess.Check(token, s, invitee.Event) switch
            {
                EventVisibility.Visible => Results.Json(new ResourceResponse<InviteeResource>(renderer.Invitee(invitee)), CalendlyJson.Options),
                EventVisibility.Forbidden => ApiErrors.PermissionDenied("You are not allowed to view this event"),
                _ => ApiErrors.NotFound(),
            };
        });
    }
}
