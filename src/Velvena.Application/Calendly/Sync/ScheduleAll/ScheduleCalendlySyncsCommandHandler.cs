using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Velvena.Application.Calendly.Ports;
using Velvena.Application.Common.Interfaces;

namespace Velvena.Application.Calendly.Sync.ScheduleAll;

internal sealed partial class ScheduleCalendlySyncsCommandHandler(
    IAppDbContext db, ICalendlySyncScheduler scheduler, ILogger<ScheduleCalendlySyncsCommandHandler> logger)
    : ICommandHandler<ScheduleCalendlySyncsCommand, ScheduleCalendlySyncsResult>
{
    public async ValueTask<ScheduleCalendlySyncsResult> Handle(ScheduleCalendlySyncsCommand command, CancellationToken cancellationToken)
    {
        // The same test as CalendlyConnection.IsUsable, written so that it runs in the database.
        var organizationIds = await db.Organizations.AsNoTracking()
            .Where(o => o.Calendly.OAuthConnected
                && !o.Calendly.ReauthorizationRequired
                && o.Calendly.EncryptedAccessToken != null
                && o.Calendly.EncryptedRefreshToken != null)
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .ToListAsync(cancellationToken);

        var queued = 0;
        var pending = 0;
        foreach (var organizationId in organizationIds)
        {
            if (scheduler.Enqueue(organizationId).AlreadyPending)
            {
                pending++;
            }
            else
            {
                queued++;
            }
        }

        LogScheduled(logger, queued, pending);
        return new ScheduleCalendlySyncsResult(queued, pending);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendly sync: {Queued} organization syncs queued, {AlreadyPending} still pending from before.")]
    private static partial void LogScheduled(ILogger logger, int queued, int alreadyPending);
}
