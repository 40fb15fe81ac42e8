namespace Velvena.Application.Calendly.Ports;

/// <summary>At most one sync per organization at a time, across every server sharing the job storage.</summary>
public interface ICalendlySyncLock
{
    /// <summary>The organization's sync lock, or null at once when another sync holds it.</summary>
    IDisposable? TryAcquire(Guid organizationId);
}
