using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.WebUtilities;
using Velvena.CalendlySandbox.Hosting;
using Velvena.CalendlySandbox.Json;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.OAuth;

internal static class OAuthEndpoints
{
    private static readonly string[] AuthorizeParameters =
        ["client_id", "response_type", "redirect_uri", "state", "code_challenge", "code_challenge_method", "scope", "login_hint"];

    public static void MapOAuthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/oauth/authorize", Authorize);
        app.MapPost("/oauth/authorize", Approve).DisableAntiforgery();
        app.MapPost("/oauth/token", Token).DisableAntiforgery();
        app.MapPost("/oauth/revoke", Revoke).DisableAntiforgery();
        app.MapPost("/oauth/introspect", Introspect).DisableAntiforgery();
    }

    private static IResult Authorize(HttpRequest request, SandboxState state, TokenStore tokens, SandboxOptions options)
    {
        var parameters = AuthorizeParameters.ToDictionary(p => p, p => (string?)request.Query[p].ToString(), StringComparer.Ordinal);
        if (Validate(parameters, state, out var client, out var failure) is { } rejected)
        {
            return rejected;
        }

        if (failure is not null)
        {
            return Results.Redirect(failure);
        }

        var users = state.Read(s => s.Users.Values.OrderBy(u => u.CreatedAt).ToList());
        var chosen = ResolveUser(parameters["login_hint"], client!, state, users);
        if ((options.AutoApprove || client!.AutoApprove) && chosen is not null)
        {
            return Results.Redirect(RedirectWithCode(parameters, client!, chosen.Value, tokens));
        }

        return Results.Content(ConsentPage.Render(client!, parameters, users, chosen), "text/html; charset=utf-8");
    }

    private static async Task<IResult> Approve(HttpRequest request, SandboxState state, TokenStore tokens)
    {
        var form = await request.ReadFormAsync();
        var parameters = AuthorizeParameters.ToDictionary(p => p, p => (string?)form[p].ToString(), StringComparer.Ordinal);
        if (Validate(parameters, state, out var client, out var failure) is { } rejected)
        {
            return rejected;
        }

        if (failure is not null)
        {
            return Results.Redirect(failure);
        }

        if (form["decision"] != "approve")
        {
            return Results.Redirect(RedirectWith(parameters, ("error", "access_denied")));
        }

        if (!Guid.TryParse(form["user"], out var userUuid) || state.FindUser(userUuid) is null)
        {
            return Results.BadRequest(new OAuthError("invalid_request", "Choose a sandbox user to sign in as."));
        }

        return Results.Redirect(RedirectWithCode(parameters, client!, userUuid, tokens));
    }

    /// <summary>
    /// Errors about the client or redirect URI are shown, never redirected (RFC 6749 4.1.2.1);
    /// other errors go back to the client through <paramref name="redirectFailure"/>.
    /// </summary>
    private static IResult? Validate(Dictionary<string, string?> parameters, SandboxState state, out OAuthClient? client, out string? redirectFailure)
    {
        redirectFailure = null;
        client = state.FindClient(parameters["client_id"] ?? string.Empty);
        if (client is null)
        {
            return Results.BadRequest(new OAuthError("invalid_client", "Unknown client_id."));
        }

        if (!client.RedirectUris.Contains(parameters["redirect_uri"] ?? string.Empty, StringComparer.Ordinal))
        {
            return Results.BadRequest(new OAuthError("invalid_request", "The redirect_uri is not registered for this client."));
        }

        if (parameters["response_type"] != "code")
        {
            redirectFailure = RedirectWith(parameters, ("error", "unsupported_response_type"));
        }
        else if (!string.IsNullOrEmpty(parameters["code_challenge"]) && parameters["code_challenge_method"] != "S256")
        {
            redirectFailure = RedirectWith(parameters, ("error", "invalid_request"), ("error_description", "Only code_challenge_method=S256 is supported."));
        }

        return null;
    }

    private static Guid? ResolveUser(string? loginHint, OAuthClient client, SandboxState state, List<SandboxUser> users)
    {
        if (!string.IsNullOrEmpty(loginHint))
        {
            var hinted = Guid.TryParse(loginHint, out var uuid) ? state.FindUser(uuid) : state.FindUserByEmail(loginHint);
            if (hinted is not null)
            {
                return hinted.Uuid;
            }
        }

        if (client.DefaultUserUuid is { } preferred && state.FindUser(preferred) is not null)
        {
            return preferred;
        }

        return users.Count == 1 ? users[0].Uuid : null;
    }

    private static string RedirectWithCode(Dictionary<string, string?> parameters, OAuthClient client, Guid userUuid, TokenStore tokens)
    {
        var challenge = string.IsNullOrEmpty(parameters["code_challenge"]) ? null : parameters["code_challenge"];
        var code = tokens.IssueCode(client, parameters["redirect_uri"]!, challenge, userUuid);
        return RedirectWith(parameters, ("code", code));
    }

    private static string RedirectWith(Dictionary<string, string?> parameters, params (string Name, string Value)[] extra)
    {
        var values = extra.Select(e => new KeyValuePair<string, string?>(e.Name, e.Value)).ToList();
        if (!string.IsNullOrEmpty(parameters["state"]))
        {
            values.Add(new("state", parameters["state"]));
        }

        return QueryHelpers.AddQueryString(parameters["redirect_uri"]!, values);
    }

    private static async Task<IResult> Token(
        HttpContext context, SandboxState state, TokenStore tokens, PerMinuteQuota quota, SandboxOptions options, SandboxUrls urls)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (!context.Request.HasFormContentType)
        {
            return Error(400, "invalid_request", "Send application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync();
        tokens.CountTokenRequest(form["grant_type"].ToString());
        var client = ClientAuthentication.Authenticate(context.Request, form, state);
        if (client is null)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"calendly-sandbox\"";
            return Error(401, "invalid_client", "Client authentication failed.");
        }

        var grantType = form["grant_type"].ToString();
        var subject = grantType switch
        {
            "authorization_code" => tokens.PeekCodeUser(form["code"].ToString()),
            "refresh_token" => tokens.PeekRefreshUser(form["refresh_token"].ToString()),
            _ => null,
        };

        // The limit is checked before anything is consumed, so a throttled refresh leaves the refresh token alive.
        if (subject is { } userKey && !quota.TryTake($"token:{userKey}", options.TokenRequestsPerMinute).Allowed)
        {
            return Error(429, "too_many_requests", "At most the configured number of token requests per user per minute.");
        }

        string? problem;
        Guid userUuid;
        Guid? grantId = null;
        switch (grantType)
        {
            case "authorization_code":
                problem = tokens.RedeemCode(form["code"].ToString(), client.ClientId, form["redirect_uri"].ToString(), form["code_verifier"].ToString(), out var code);
                userUuid = code?.UserUuid ?? Guid.Empty;
                break;
            case "refresh_token":
                problem = tokens.RedeemRefreshToken(form["refresh_token"].ToString(), client.ClientId, out var refresh);
                userUuid = refresh?.UserUuid ?? Guid.Empty;
                grantId = refresh?.GrantId;
                break;
            default:
                return Error(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token.");
        }

        if (problem is not null)
        {
            return Error(400, "invalid_grant", problem);
        }

        if (state.FindUser(userUuid) is not { } user)
        {
            return Error(400, "invalid_grant", "The user behind this grant no longer exists.");
        }

        var pair = tokens.Issue(client.ClientId, user, client.Scopes, grantId);
        return Results.Json(
            new TokenResponse(
                TokenType: "Bearer",
                AccessToken: pair.Access.Token,
                RefreshToken: pair.RefreshToken,
                ExpiresIn: (long)options.AccessTokenLifetime.TotalSeconds,
                CreatedAt: pair.Access.IssuedAt.ToUnixTimeSeconds(),
                Scope: string.Join(' ', client.Scopes),
                Owner: urls.User(user.Uuid),
                Organization: urls.Organization(user.OrganizationUuid)),
            CalendlyJson.Options);
    }

    private static async Task<IResult> Revoke(HttpRequest request, SandboxState state, TokenStore tokens)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var client = ClientAuthentication.Authenticate(request, form, state);
        if (client is null)
        {
            return Error(401, "invalid_client", "Client authentication failed.");
        }

        var token = form["token"].ToString();
        if (string.IsNullOrEmpty(token))
        {
            return Error(400, "invalid_request", "The token parameter is required.");
        }

        tokens.Revoke(client.ClientId, token);
        return Results.Json(new Dictionary<string, object>(), CalendlyJson.Options);
    }

    private static async Task<IResult> Introspect(HttpRequest request, SandboxState state, TokenStore tokens, SandboxUrls urls)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var client = ClientAuthentication.Authenticate(request, form, state);
        if (client is null)
        {
            return Error(401, "invalid_client", "Client authentication failed.");
        }

        var token = form["token"].ToString();
        if (tokens.FindUsableAccessToken(token) is { } access && access.ClientId == client.ClientId)
        {
            return Results.Json(new Dictionary<string, object>
            {
                ["active"] = true,
                ["scope"] = string.Join(' ', access.Scopes),
                ["client_id"] = access.ClientId,
                ["token_type"] = "access_token",
                ["exp"] = access.ExpiresAt.ToUnixTimeSeconds(),
                ["iat"] = access.IssuedAt.ToUnixTimeSeconds(),
                ["owner"] = urls.User(access.UserUuid),
                ["organization"] = urls.Organization(access.OrganizationUuid),
            });
        }

        return Results.Json(new Dictionary<string, object> { ["active"] = tokens.IsRefreshTokenAlive(token) });
    }

    private static IResult Error(int status, string error, string description) =>
        Results.Json(new OAuthError(error, description), CalendlyJson.Options, statusCode: status);
}
