using Mediator;
using Velvena.Application.Common.Security;

namespace Velvena.Application.Calendly.Connect.Begin;

/// <summary>Starts connecting the caller's organization to Calendly: a consent URL with a fresh state and PKCE challenge.</summary>
public sealed record BeginCalendlyConnectCommand : ICommand<BeginCalendlyConnectResult>, IAdminOnly;
