using System.Net;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Velvena.Api.Authentication;
using Velvena.Application.Calendly.Connect.Begin;
using Velvena.Application.Calendly.Connect.Complete;
using Velvena.Application.Calendly.Connect.CompleteFromRedirect;
using Velvena.Application.Calendly.Disconnect;
using Velvena.Application.Calendly.Status;

namespace Velvena.Api.Calendly;

/// <summary>Connecting the caller's organization to Calendly (OAuth 2.0 with state and PKCE), its status, disconnecting.</summary>
[ApiController]
[Authorize(Policy = AuthorizationPolicies.OrganizationAdmin)]
public sealed class CalendlyConnectionController(ISender sender) : ControllerBase
{
    /// <summary>Starts the OAuth flow: open <c>authorizeUrl</c> in the admin's browser (valid 10 minutes, once).</summary>
    [HttpPost("auth/calendly/authorize")]
    [ProducesResponseType<BeginCalendlyConnectResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<ActionResult<BeginCalendlyConnectResult>> Authorize(CancellationToken cancellationToken)
        => await sender.Send(new BeginCalendlyConnectCommand(), cancellationToken);

    /// <summary>Completes the flow with the code and state Calendly sent back (the seed's contract).</summary>
    [HttpPost("auth/calendly/callback")]
    [ProducesResponseType<CompleteCalendlyConnectResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status502BadGateway)]
    public async Task<ActionResult<CompleteCalendlyConnectResult>> Callback([FromBody] CalendlyCallbackRequest request, CancellationToken cancellationToken)
        => await sender.Send(new CompleteCalendlyConnectCommand(request.Code ?? string.Empty, request.State ?? string.Empty, request.OrganizationId, request.RedirectUri), cancellationToken);

    /// <summary>
    /// Where Calendly sends the admin's browser back (the registered redirect URI): completes the flow and shows
    /// a page saying what happened. Anonymous, because a browser redirect carries no bearer token; the single-use
    /// state identifies the flow.
    /// </summary>
    [HttpGet("auth/calendly/callback")]
    [AllowAnonymous]
    [Produces("text/html")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<ContentResult> BrowserCallback([FromQuery] string? code, [FromQuery] string? state, [FromQuery] string? error, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CompleteCalendlyConnectFromRedirectCommand(code, state, error), cancellationToken);
        var body = $"""
            <!doctype html>
            <html lang="fr"><head><meta charset="utf-8"><title>Velvena × Calendly</title></head>
            <body style="font-family: sans-serif; max-width: 40rem; margin: 4rem auto">
            <h1>{(result.Success ? "Calendly connecté" : "Connexion Calendly impossible")}</h1>
            <p id="message">{WebUtility.HtmlEncode(result.Message)}</p>
            {(result.Email is null ? string.Empty : $"<p id=\"email\">{WebUtility.HtmlEncode(result.Email)}</p>")}
            <p>Vous pouvez fermer cette page.</p>
            </body></html>
            """;
        return new ContentResult
        {
            Content = body,
            ContentType = "text/html; charset=utf-8",
            StatusCode = result.Success ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
        };
    }

    /// <summary>Disconnects: revokes the tokens at Calendly, removes the webhook subscription, erases the tokens. Prospects stay.</summary>
    [HttpDelete("auth/calendly")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<IActionResult> Disconnect(CancellationToken cancellationToken)
    {
        await sender.Send(new DisconnectCalendlyCommand(), cancellationToken);
        return NoContent();
    }

    /// <summary>The connection's health: connected account, token expiry, reauthorization, last sync, webhook.</summary>
    [HttpGet("integrations/calendly")]
    [ProducesResponseType<CalendlyConnectionStatusDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<ActionResult<CalendlyConnectionStatusDto>> Status(CancellationToken cancellationToken)
        => await sender.Send(new GetCalendlyConnectionStatusQuery(), cancellationToken);
}
