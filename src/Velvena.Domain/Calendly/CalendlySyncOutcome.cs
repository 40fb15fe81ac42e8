namespace Velvena.Domain.Calendly;

public enum CalendlySyncOutcome
{
    Running = 0,
    Succeeded = 1,

    /// <summary>Calendly was unavailable (429, 5xx, timeout): the job is retried.</summary>
    FailedTransient = 2,

    /// <summary>Needs a person (reconnect, missing scope): not retried.</summary>
    FailedPermanent = 3,
}
