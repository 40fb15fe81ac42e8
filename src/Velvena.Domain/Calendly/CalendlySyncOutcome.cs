namespace Velvena.Domain.Calendly;

public enum CalendlySyncOutcome
{
    Running = 0,
    Succeeded = 1,

    /// <summary>Calendly was unavailable (429, 5xx, timeout): the job is retried.</summary>
    FailedTransient = 2,

    /// <summary>Needs a person (reconnect, missing scope): not retried.</summary>
    FailedPermanent = 3,

    /// <summary>
    /// The process stopped (crash, kill, lost database) before the run could say how it ended; closed by the next
    /// sync of the organization, which holds the organization's sync lock and so proves this one is not running.
    /// </summary>
    Interrupted = 4,
}
