using Mediator;
using Velvena.Application.Calendly.Ports;
using Velvena.Application.Common.Exceptions;
using Velvena.Application.Common.Interfaces;

namespace Velvena.Application.Calendly.Connect.Complete;

internal sealed class CompleteCalendlyConnectCommandHandler(
    ICurrentUser currentUser,
    ICalendlyAuthorizationServer authorizationServer,
    CalendlyConnectionEstablisher establisher) : ICommandHandler<CompleteCalendlyConnectCommand, CompleteCalendlyConnectResult>
{
    public async ValueTask<CompleteCalendlyConnectResult> Handle(CompleteCalendlyConnectCommand command, CancellationToken cancellationToken)
    {
        if (command.OrganizationId is { } claimed && claimed != currentUser.OrganizationId)
        {
            throw new ForbiddenAccessException("organizationId is not the organization you are signed in to.");
        }

        if (command.RedirectUri is not null && !string.Equals(command.RedirectUri, authorizationServer.RedirectUri, StringComparison.Ordinal))
        {
            throw ValidationException.For("redirectUri", "redirectUri differs from the redirect URI registered for the Calendly app (CALENDLY_REDIRECT_URI).");
        }

        var email = await establisher.EstablishAsync(command.State, command.Code, new CallerBinding(currentUser.OrganizationId, currentUser.UserId), cancellationToken);
        return new CompleteCalendlyConnectResult(true, "Calendly account connected.", email);
    }
}
