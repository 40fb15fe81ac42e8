using Mediator;

namespace Velvena.Application.Calendly.Connect.CompleteFromRedirect;

/// <summary>
/// The browser's return from Calendly's consent page (<c>GET redirect_uri?code&amp;state</c>, or <c>error</c> when the
/// person declined). No bearer token travels with a browser redirect: the single-use state, issued to an admin
/// and bound to the organization, identifies the flow instead.
/// </summary>
public sealed record CompleteCalendlyConnectFromRedirectCommand(string? Code, string? State, string? Error)
    : ICommand<CompleteCalendlyConnectFromRedirectResult>
{
    public override string ToString() => $"CompleteCalendlyConnectFromRedirectCommand {{ Error = {Error} }}";
}
