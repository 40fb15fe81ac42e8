using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Velvena.CalendlySandbox.Api.Common;
using Velvena.CalendlySandbox.Faults;
using Velvena.CalendlySandbox.Generator;
using Velvena.CalendlySandbox.Hosting;
using Velvena.CalendlySandbox.State;
using Velvena.CalendlySandbox.Webhooks;

namespace Velvena.CalendlySandbox.Control;

/// <summary>The HTTP control API under /_sandbox (JSON, snake_case), mirroring the C# API of <see cref="CalendlySandboxHost"/>.</summary>
internal static class ControlEndpoints
{
    public static void MapControlEndpoints(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/_sandbox").DisableAntiforgery().AddEndpointFilter(TranslateSeedErrors);

        control.MapGet("/", (SandboxState state, SandboxUrls urls) => Results.Ok(new
        {
            base_url = urls.BaseUrl,
            organizations = state.OrganizationCount,
            users = state.UserCount,
            scheduled_events = state.EventCount,
            invitees = state.InviteeCount,
        }));
        control.MapPost("/organizations", (NewOrganization request, SandboxSeeder seed) => Results.Ok(seed.CreateOrganization(request)));
        control.MapPost("/users", (NewUser request, SandboxSeeder seed) => Results.Ok(seed.CreateUser(request)));
        control.MapGet("/users", (SandboxState state) => Results.Ok(state.Read(s => s.Users.Values.ToList())));
        control.MapPost("/oauth_clients", (NewOAuthClient request, SandboxSeeder seed) => Results.Ok(seed.CreateOAuthClient(request)));
        control.MapPost("/event_types", (NewEventType request, SandboxSeeder seed) => Results.Ok(seed.CreateEventType(request)));
        control.MapPost("/tokens", (IssueTokenRequest request, SandboxSeeder seed) =>
        {
            var pair = seed.IssueTokens(request.ClientId, request.User);
            return Results.Ok(new { access_token = pair.Access.Token, refresh_token = pair.RefreshToken, expires_at = pair.Access.ExpiresAt });
        });

        control.MapPost("/bookings", (NewBooking request, SandboxSeeder seed) => Results.Ok(seed.Book(request)));
        control.MapPost("/scheduled_events/{uuid:guid}/invitees", (Guid uuid, NewInvitee request, SandboxSeeder seed) => Results.Ok(seed.AddInvitee(uuid, request)));
        control.MapPost("/scheduled_events/{uuid:guid}/cancel", (Guid uuid, CancelRequest? request, SandboxSeeder seed) =>
        {
            seed.CancelEvent(uuid, request);
            return Results.NoContent();
        });
        control.MapPost("/invitees/{uuid:guid}/cancel", (Guid uuid, CancelRequest? request, SandboxSeeder seed) =>
        {
            seed.CancelInvitee(uuid, request);
            return Results.NoContent();
        });
        control.MapPost("/invitees/{uuid:guid}/reschedule", (Guid uuid, RescheduleRequest request, SandboxSeeder seed) => Results.Ok(seed.Reschedule(uuid, request)));

        control.MapGet("/faults", (FaultInjector faults) => Results.Ok(faults.Current));
        control.MapPut("/faults", (FaultSettings settings, FaultInjector faults) =>
        {
            faults.Configure(settings);
            return Results.Ok(faults.Current);
        });
        control.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Reset();
            return Results.NoContent();
        });

        control.MapGet("/webhooks/subscriptions", (SandboxState state, SandboxUrls urls) =>
            Results.Ok(state.Read(s => s.WebhookSubscriptions.Values.Select(w => WebhookSubscriptionEndpoints.Render(w, urls)).ToList())));
        control.MapGet("/webhooks/deliveries", (WebhookDispatcher webhooks) => Results.Ok(webhooks.DeliveryLog));
        control.MapDelete("/webhooks/deliveries", (WebhookDispatcher webhooks) =>
        {
            webhooks.ClearLog();
            return Results.NoContent();
        });
        control.MapPost("/webhooks/hold", (WebhookDispatcher webhooks) =>
        {
            webhooks.Hold();
            return Results.NoContent();
        });
        control.MapPost("/webhooks/release", (bool? shuffle, WebhookDispatcher webhooks) => Results.Ok(new { released = webhooks.Release(shuffle ?? false) }));
        control.MapPost("/webhooks/wait_idle", async (WebhookDispatcher webhooks, CancellationToken cancellationToken) =>
        {
            await webhooks.WaitForIdleAsync(cancellationToken: cancellationToken);
            return Results.Ok(new { pending = webhooks.PendingCount, held = webhooks.HeldCount });
        });

        control.MapPost("/generate", (GenerationRequest request, SandboxDataGenerator generator) => Results.Ok(generator.Generate(request)));
    }

    private static async ValueTask<object?> TranslateSeedErrors(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (SandboxSeedException exception)
        {
            return Results.Json(new ApiErrorBody("Invalid Argument", exception.Message), Json.CalendlyJson.Options, statusCode: 400);
        }
        catch (ArgumentException exception)
        {
            return Results.Json(new ApiErrorBody("Invalid Argument", exception.Message), Json.CalendlyJson.Options, statusCode: 400);
        }
    }
}
