using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Velvena.Api.Authentication;
using Velvena.Application.Calendly.Sync.Request;

namespace Velvena.Api.Calendly;

/// <summary>Syncing the caller's organization with Calendly on demand (the hourly job does it anyway).</summary>
[ApiController]
[Authorize(Policy = AuthorizationPolicies.OrganizationAdmin)]
public sealed class CalendlySyncController(ISender sender) : ControllerBase
{
    private const string StatusPath = "/integrations/calendly";

    /// <summary>
    /// Queues a sync of the caller's organization: 202 with the background job's id; the outcome and counts appear in
    /// the connection status (Location). When a sync is already queued or running, no second one is started: the answer
    /// is the same 202 with that job's id and <c>alreadyPending: true</c>. Webhook deliveries given up after their last
    /// attempt are put back in the queue (<c>requeuedDeliveries</c>).
    /// </summary>
    [HttpPost("integrations/calendly/sync")]
    [ProducesResponseType<RequestCalendlySyncResult>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Sync(CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RequestCalendlySyncCommand(), cancellationToken);
        return Accepted(StatusPath, result);
    }
}
