namespace Velvena.Application.Calendly.Ports;

/// <summary>Asks for a sync of one organization soon, in the background (after webhooks were off for a while).</summary>
public interface ICalendlySyncScheduler
{
    void EnqueueCatchUp(Guid organizationId);
}
