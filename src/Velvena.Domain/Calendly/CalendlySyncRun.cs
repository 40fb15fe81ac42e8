namespace Velvena.Domain.Calendly;

/// <summary>
/// One organization sync: when it ran, how it ended, what it read and changed. A table of its own (not columns of
/// the connection) so that recording a run never races a token refresh on the connection's concurrency token, and
/// so an admin can see more than the last run.
/// </summary>
public sealed class CalendlySyncRun
{
    private CalendlySyncRun()
    {
    }

    public CalendlySyncRun(Guid id, Guid organizationId, DateTime startedAtUtc)
    {
        Id = id;
        OrganizationId = organizationId;
        StartedAtUtc = startedAtUtc;
        Outcome = CalendlySyncOutcome.Running;
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    public CalendlySyncOutcome Outcome { get; private set; }

    public int EventsRead { get; private set; }

    public int EventsChanged { get; private set; }

    public int InviteesRead { get; private set; }

    public int ProspectsCreated { get; private set; }

    public int AppointmentsCreated { get; private set; }

    public int AppointmentsUpdated { get; private set; }

    public int AppointmentsCanceled { get; private set; }

    public int CalendlyCalls { get; private set; }

    /// <summary>Calendly's error (status and title); never a token.</summary>
    public string? Error { get; private set; }

    public CalendlySyncCounts Counts => new(
        EventsRead, EventsChanged, InviteesRead, ProspectsCreated, AppointmentsCreated, AppointmentsUpdated, AppointmentsCanceled, CalendlyCalls);

    public const string InterruptedError = "Interrupted: the sync stopped before it finished (its process was stopped or crashed); the next sync took over its work.";

    public void Finish(CalendlySyncOutcome outcome, CalendlySyncCounts counts, string? error, DateTime finishedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Outcome = outcome;
        EventsRead = counts.EventsRead;
        EventsChanged = counts.EventsChanged;
        InviteesRead = counts.InviteesRead;
        ProspectsCreated = counts.ProspectsCreated;
        AppointmentsCreated = counts.AppointmentsCreated;
        AppointmentsUpdated = counts.AppointmentsUpdated;
        AppointmentsCanceled = counts.AppointmentsCanceled;
        CalendlyCalls = counts.CalendlyCalls;
        Error = error;
        FinishedAtUtc = finishedAtUtc;
    }

    /// <summary>Closes a run its process never finished; what it had read or changed before is unknown (counts stay 0).</summary>
    public void Interrupt(DateTime closedAtUtc)
    {
        if (Outcome != CalendlySyncOutcome.Running)
        {
            return;
        }

        Outcome = CalendlySyncOutcome.Interrupted;
        Error = InterruptedError;
        FinishedAtUtc = closedAtUtc;
    }
}
