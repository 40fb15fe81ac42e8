using Mediator;
using Velvena.Application.Common.Security;

namespace Velvena.Application.Calendly.Connect.Complete;

/// <summary>
/// The seed's callback contract (<c>{ code, organizationId, redirectUri }</c>) plus the <c>state</c> issued by
/// <see cref="Begin.BeginCalendlyConnectCommand"/>. The organization is the caller's; a different
/// <see cref="OrganizationId"/> is refused.
/// </summary>
public sealed record CompleteCalendlyConnectCommand(string Code, string State, Guid? OrganizationId, string? RedirectUri)
    : ICommand<CompleteCalendlyConnectResult>, IAdminOnly
{
    /// <summary>Redacted: the code and state must never reach a log line.</summary>
    public override string ToString() => $"CompleteCalendlyConnectCommand {{ OrganizationId = {OrganizationId}, RedirectUri = {RedirectUri} }}";
}
