using Mediator;
using Microsoft.EntityFrameworkCore;
using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Ports;
using Velvena.Application.Calendly.Webhooks.Inbox.Requeue;
using Velvena.Application.Common.Exceptions;
using Velvena.Application.Common.Interfaces;

namespace Velvena.Application.Calendly.Sync.Request;

internal sealed class RequestCalendlySyncCommandHandler(IAppDbContext db, ICurrentUser currentUser, ICalendlySyncScheduler scheduler, ISender sender)
    : ICommandHandler<RequestCalendlySyncCommand, RequestCalendlySyncResult>
{
    public async ValueTask<RequestCalendlySyncResult> Handle(RequestCalendlySyncCommand command, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.OrganizationId;
        var connection = (await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId, cancellationToken)).Calendly;
        if (connection.ReauthorizationRequired)
        {
            throw new CalendlyReauthorizationRequiredException(connection.ReauthorizationReason ?? "Reconnect Calendly before syncing.");
        }

        if (!connection.IsUsable)
        {
            throw new ConflictException("Calendly is not connected for this organization.");
        }

        // "Sync now" brings everything up to date: the given-up webhook deliveries are tried again too.
        var requeued = await sender.Send(new RequeueFailedCalendlyWebhooksCommand(organizationId), cancellationToken);
        var ticket = scheduler.Enqueue(organizationId);
        return new RequestCalendlySyncResult(ticket.JobId, ticket.AlreadyPending, requeued);
    }
}
