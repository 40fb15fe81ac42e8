using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Velvena.CalendlySandbox.Api.Common;
using Velvena.CalendlySandbox.Hosting;
using Velvena.CalendlySandbox.Json;
using Velvena.CalendlySandbox.OAuth;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Webhooks;

internal static class WebhookSubscriptionEndpoints
{
    private const string WriteScope = "webhooks:write";
    private const string ReadScope = "webhooks:read";

    public static void MapWebhookSubscriptionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhook_subscriptions", Create);
        app.MapGet("/webhook_subscriptions", List);
        app.MapGet("/webhook_subscriptions/{uuid}", Get);
        app.MapDelete("/webhook_subscriptions/{uuid}", Delete);
    }

    public static WebhookSubscriptionResource Render(WebhookSubscription subscription, SandboxUrls urls) => new(
        Uri: urls.WebhookSubscription(subscription.Uuid),
        CallbackUrl: subscription.CallbackUrl,
        CreatedAt: subscription.CreatedAt,
        UpdatedAt: subscription.UpdatedAt,
        RetryStartedAt: subscription.RetryStartedAt,
        State: subscription.State,
        Events: subscription.Events,
        Scope: subscription.Scope,
        Organization: urls.Organization(subscription.OrganizationUuid),
        User: subscription.UserUuid is { } user ? urls.User(user) : null,
        Group: null,
        Creator: urls.User(subscription.CreatorUuid));

    private static async Task<IResult> Create(HttpContext context, SandboxState state, SandboxUrls urls, SandboxOptions options)
    {
        var token = context.Token();
        if (token.RequireScope(WriteScope) is { } denied)
        {
            return denied;
        }

        CreateWebhookSubscriptionRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<CreateWebhookSubscriptionRequest>(context.Request.Body, CalendlyJson.Options, context.RequestAborted);
        }
        catch (JsonException)
        {
            return ApiErrors.InvalidArgument("body", "must be a JSON object");
        }

        var problems = Validate(body);
        if (problems.Count > 0)
        {
            return ApiErrors.InvalidArgument(problems);
        }

        var now = CalendlyNow(options);
        return state.Write(s =>
        {
            var organization = SandboxUrls.ParseUuid(body!.Organization)!.Value;
            var userUuid = SandboxUrls.ParseUuid(body.User);
            if (Authorize(token, s, organization, body.Scope!, userUuid) is { } refused)
            {
                return refused;
            }

            if (s.WebhookSubscriptions.Values.Any(w => w.OrganizationUuid == organization && string.Equals(w.CallbackUrl, body.Url, StringComparison.Ordinal)))
            {
                return ApiErrors.AlreadyExists();
            }

            var subscription = new WebhookSubscription
            {
                Uuid = Guid.NewGuid(),
                CallbackUrl = body.Url!,
                OrganizationUuid = organization,
                UserUuid = body.Scope == "user" ? userUuid : null,
                Scope = body.Scope!,
                Events = [.. body.Events!.Distinct(StringComparer.Ordinal)],
                CreatorUuid = token.UserUuid,
                SigningKey = string.IsNullOrEmpty(body.SigningKey) ? s.OAuthClients[token.ClientId].SigningKey : body.SigningKey,
                CreatedAt = now,
                UpdatedAt = now,
            };
            s.WebhookSubscriptions.Add(subscription.Uuid, subscription);
            return Results.Json(new ResourceResponse<WebhookSubscriptionResource>(Render(subscription, urls)), CalendlyJson.Options, statusCode: 201);
        });
    }

    private static List<ErrorDetail> Validate(CreateWebhookSubscriptionRequest? body)
    {
        var problems = new List<ErrorDetail>();
        if (body is null)
        {
            problems.Add(new ErrorDetail("body", "must be a JSON object"));
            return problems;
        }

        if (string.IsNullOrWhiteSpace(body.Url) || !Uri.TryCreate(body.Url, UriKind.Absolute, out _))
        {
            problems.Add(new ErrorDetail("url", "must be an absolute URL", "invalid_url"));
        }
        else if (!LoopbackUrl.IsAllowed(body.Url))
        {
            problems.Add(new ErrorDetail("url", "the sandbox only delivers to loopback or localhost callback URLs", "not_loopback"));
        }

        if (body.Events is not { Count: > 0 } || body.Events.Any(e => !WebhookEventNames.Accepted.Contains(e)))
        {
            problems.Add(new ErrorDetail("events", "must list one or more known event names", "invalid_events"));
        }

        if (SandboxUrls.ParseUuid(body.Organization) is null)
        {
            problems.Add(new ErrorDetail("organization", "must be an organization URI", "invalid_uri"));
        }

        if (body.Scope is not ("organization" or "user" or "group"))
        {
            problems.Add(new ErrorDetail("scope", "must be organization, user or group", "invalid_scope"));
        }
        else if (body.Scope == "group")
        {
            problems.Add(new ErrorDetail("scope", "group subscriptions are not modelled by the sandbox", "unsupported"));
        }
        else if (body.Scope == "user" && SandboxUrls.ParseUuid(body.User) is null)
        {
            problems.Add(new ErrorDetail("user", "is required for user scope", "required"));
        }

        return problems;
    }

    private static IResult? Authorize(AccessToken token, SandboxState state, Guid organization, string scope, Guid? user)
    {
        if (organization != token.OrganizationUuid)
        {
            return ApiErrors.PermissionDenied();
        }

        var caller = state.Users.GetValueOrDefault(token.UserUuid);
        if (scope == "organization" || (user is { } other && other != token.UserUuid))
        {
            if (caller is not { IsAdministrator: true })
            {
                return ApiErrors.PermissionDenied();
            }

            if (user is { } member && state.Users.GetValueOrDefault(member)?.OrganizationUuid != organization)
            {
                return ApiErrors.PermissionDenied();
            }
        }

        return null;
    }

    private static IResult List(HttpContext context, SandboxState state, SandboxUrls urls)
    {
        var token = context.Token();
        if (token.RequireScope(ReadScope, WriteScope) is { } denied)
        {
            return denied;
        }

        var query = context.Request.Query;
        var problems = new List<ErrorDetail>();
        var page = PageRequest.Parse(query, problems);
        var organization = SandboxUrls.ParseUuid(query["organization"].ToString());
        if (organization is null)
        {
            problems.Add(new ErrorDetail("organization", "is required", "required"));
        }

        var scope = query["scope"].ToString();
        if (scope is not ("organization" or "user" or "group"))
        {
            problems.Add(new ErrorDetail("scope", "must be organization, user or group", "invalid_scope"));
        }

        var user = SandboxUrls.ParseUuid(query["user"].ToString());
        if (scope == "user" && user is null)
        {
            problems.Add(new ErrorDetail("user", "is required for user scope", "required"));
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

        return state.Read(s =>
        {
            if (Authorize(token, s, organization!.Value, scope, scope == "user" ? user : null) is { } refused)
            {
                return refused;
            }

            var matching = s.WebhookSubscriptions.Values.Where(w =>
                w.OrganizationUuid == organization && w.Scope == scope && (scope != "user" || w.UserUuid == user));
            var ordered = (sort == "created_at:desc"
                ? matching.OrderByDescending(w => w.CreatedAt).ThenByDescending(w => w.Uuid)
                : matching.OrderBy(w => w.CreatedAt).ThenBy(w => w.Uuid)).ToList();
            return Results.Json(page.Page(ordered, w => Render(w, urls), context.Request, urls), CalendlyJson.Options);
        });
    }

    private static IResult Get(string uuid, HttpContext context, SandboxState state, SandboxUrls urls)
    {
        var token = context.Token();
        if (token.RequireScope(ReadScope, WriteScope) is { } denied)
        {
            return denied;
        }

        return state.Read(s =>
        {
            var found = Guid.TryParse(uuid, out var id) ? s.WebhookSubscriptions.GetValueOrDefault(id) : null;
            return found is null || found.OrganizationUuid != token.OrganizationUuid
                ? ApiErrors.NotFound()
                : Results.Json(new ResourceResponse<WebhookSubscriptionResource>(Render(found, urls)), CalendlyJson.Options);
        });
    }

    private static IResult Delete(string uuid, HttpContext context, SandboxState state)
    {
        var token = context.Token();
        if (token.RequireScope(WriteScope) is { } denied)
        {
            return denied;
        }

        return state.Write(s =>
        {
            var found = Guid.TryParse(uuid, out var id) ? s.WebhookSubscriptions.GetValueOrDefault(id) : null;
            if (found is null || found.OrganizationUuid != token.OrganizationUuid)
            {
                return ApiErrors.NotFound();
            }

            if (Authorize(token, s, found.OrganizationUuid, found.Scope, found.UserUuid) is { } refused)
            {
                return refused;
            }

            s.WebhookSubscriptions.Remove(id);
            return Results.NoContent();
        });
    }

    private static DateTimeOffset CalendlyNow(SandboxOptions options) => CalendlyTime.TruncateToMicroseconds(options.TimeProvider.GetUtcNow());
}
