namespace Velvena.Application.Calendly.Ports;

/// <summary>Queues an organization's sync as a background job, unless one is already queued or running.</summary>
public interface ICalendlySyncScheduler
{
    CalendlySyncTicket Enqueue(Guid organizationId);
}
