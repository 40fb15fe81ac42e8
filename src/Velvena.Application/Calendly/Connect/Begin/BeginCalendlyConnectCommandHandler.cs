using Mediator;
using Microsoft.EntityFrameworkCore;
using Velvena.Application.Calendly.Ports;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Calendly;

namespace Velvena.Application.Calendly.Connect.Begin;

internal sealed class BeginCalendlyConnectCommandHandler(
    IAppDbContext db,
    ICurrentUser currentUser,
    ITokenProtector protector,
    ICalendlyAuthorizationServer authorizationServer,
    TimeProvider clock) : ICommandHandler<BeginCalendlyConnectCommand, BeginCalendlyConnectResult>
{
    public async ValueTask<BeginCalendlyConnectResult> Handle(BeginCalendlyConnectCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var organizationId = currentUser.OrganizationId;

        // Expired flows are useless; dropping them here keeps the table small without a cleanup job.
        await db.CalendlyAuthorizationRequests.Where(r => r.ExpiresAtUtc < now).ExecuteDeleteAsync(cancellationToken);

        var state = OAuthState.NewState();
        var verifier = OAuthState.NewCodeVerifier();
        var request = new CalendlyAuthorizationRequest(
            Guid.NewGuid(),
            OAuthState.Hash(state),
            organizationId,
            currentUser.UserId,
            protector.Protect(verifier, organizationId, TokenKind.CodeVerifier),
            now);
        db.CalendlyAuthorizationRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);

        return new BeginCalendlyConnectResult(
            authorizationServer.BuildAuthorizationUrl(state, OAuthState.CodeChallenge(verifier)),
            state,
            request.ExpiresAtUtc);
    }
}
