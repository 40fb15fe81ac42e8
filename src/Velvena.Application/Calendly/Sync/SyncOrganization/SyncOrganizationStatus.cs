namespace Velvena.Application.Calendly.Sync.SyncOrganization;

public enum SyncOrganizationStatus
{
    Succeeded = 0,

    /// <summary>A permanent Calendly failure (reauthorization, scope): recorded, not worth retrying.</summary>
    Failed = 1,

    /// <summary>Another sync of the organization holds the lock: nothing done.</summary>
    SkippedAlreadyRunning = 2,

    /// <summary>Not connected, waiting for reauthorization, or no such organization: Calendly is not called.</summary>
    SkippedNotConnected = 3,
}
