using Mediator;
using Velvena.Application.Common.Security;

namespace Velvena.Application.Calendly.Disconnect;

/// <summary>
/// Revokes the refresh token at Calendly, removes the webhook subscription, erases both tokens. Prospects stay.
/// Idempotent, and completes locally even when Calendly cannot be reached (the status then says so).
/// </summary>
public sealed record DisconnectCalendlyCommand : ICommand, IAdminOnly;
