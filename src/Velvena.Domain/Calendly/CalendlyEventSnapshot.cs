namespace Velvena.Domain.Calendly;

/// <summary>
/// What a Calendly scheduled event looked like when the sync last recorded all its invitees. The sync reads an
/// event's invitees only when the event no longer matches its snapshot (new, or counter, update time or status
/// changed), so a steady-state sync costs only the event pages.
/// </summary>
public sealed class CalendlyEventSnapshot
{
    public const int StatusMaxLength = 32;

    private CalendlyEventSnapshot()
    {
        EventUri = string.Empty;
        Status = string.Empty;
    }

    public CalendlyEventSnapshot(Guid organizationId, string eventUri)
        : this()
    {
        ArgumentException.ThrowIfNullOrEmpty(eventUri);
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        EventUri = eventUri;
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string EventUri { get; private set; }

    public string Status { get; private set; }

    public int InviteesTotal { get; private set; }

    public int InviteesActive { get; private set; }

    /// <summary>Calendly's <c>updated_at</c> of the event.</summary>
    public DateTime EventUpdatedAtUtc { get; private set; }

    /// <summary>Kept to forget snapshots of events that fell out of the sync window.</summary>
    public DateTime StartTimeUtc { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public bool Matches(string status, int inviteesTotal, int inviteesActive, DateTime eventUpdatedAtUtc) =>
        string.Equals(Status, status, StringComparison.Ordinal)
        && InviteesTotal == inviteesTotal
        && InviteesActive == inviteesActive
        && EventUpdatedAtUtc == eventUpdatedAtUtc;

    public void Record(string status, int inviteesTotal, int inviteesActive, DateTime eventUpdatedAtUtc, DateTime startTimeUtc, DateTime nowUtc)
    {
        Status = status;
        InviteesTotal = inviteesTotal;
        InviteesActive = inviteesActive;
        EventUpdatedAtUtc = eventUpdatedAtUtc;
        StartTimeUtc = startTimeUtc;
        RecordedAtUtc = nowUtc;
    }
}
