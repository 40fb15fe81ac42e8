using Mediator;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Common.Exceptions;

namespace Velvena.Application.Calendly.Connect.CompleteFromRedirect;

/// <summary>Never throws for what the browser brought back: the page shows what happened and what to do.</summary>
internal sealed class CompleteCalendlyConnectFromRedirectCommandHandler(CalendlyConnectionEstablisher establisher)
    : ICommandHandler<CompleteCalendlyConnectFromRedirectCommand, CompleteCalendlyConnectFromRedirectResult>
{
    public async ValueTask<CompleteCalendlyConnectFromRedirectResult> Handle(CompleteCalendlyConnectFromRedirectCommand command, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(command.Error))
        {
            return new(false, "Calendly did not grant access (the request was declined). Start the connection again from Velvena.", null);
        }

        if (string.IsNullOrWhiteSpace(command.Code) || string.IsNullOrWhiteSpace(command.State) || command.State.Length > OAuthState.MaxLength || command.Code.Length > 1024)
        {
            return new(false, "The link is incomplete: start the connection again from Velvena.", null);
        }

        try
        {
            var email = await establisher.EstablishAsync(command.State, command.Code, caller: null, cancellationToken);
            return new(true, "Calendly account connected.", email);
        }
        catch (ValidationException invalid)
        {
            return new(false, string.Join(" ", invalid.Errors.SelectMany(e => e.Value)), null);
        }
        catch (CalendlyException unavailable) when (unavailable.IsTransient)
        {
            return new(false, "Calendly could not be reached; nothing was stored. Start the connection again in a moment.", null);
        }
    }
}
