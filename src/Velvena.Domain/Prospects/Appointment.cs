namespace Velvena.Domain.Prospects;

/// <summary>One Calendly booking (one invitee of one scheduled event); unique per organization on the invitee URI.</summary>
public sealed class Appointment
{
    public const int UriMaxLength = 512;

    private Appointment()
    {
        CalendlyInviteeUri = string.Empty;
        CalendlyEventUri = string.Empty;
        EventName = string.Empty;
    }

    public Appointment(
        Guid id,
        Guid organizationId,
        Guid prospectId,
        string calendlyInviteeUri,
        string calendlyEventUri,
        string eventName,
        DateTime startUtc,
        DateTime endUtc,
        string? location,
        DateTime createdAtUtc)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(calendlyInviteeUri);
        ArgumentException.ThrowIfNullOrWhiteSpace(calendlyEventUri);
        Id = id;
        OrganizationId = organizationId;
        ProspectId = prospectId;
        CalendlyInviteeUri = calendlyInviteeUri;
        CalendlyEventUri = calendlyEventUri;
        EventName = eventName;
        StartUtc = startUtc;
        EndUtc = endUtc;
        Location = location;
        CreatedAtUtc = createdAtUtc;
        UpdatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid ProspectId { get; private set; }

    public string CalendlyInviteeUri { get; private set; }

    public string CalendlyEventUri { get; private set; }

    public string EventName { get; private set; }

    public DateTime StartUtc { get; private set; }

    public DateTime EndUtc { get; private set; }

    public string? Location { get; private set; }

    public AppointmentStatus Status { get; private set; }

    public string? CancellationReason { get; private set; }

    public string? CanceledBy { get; private set; }

    /// <summary><c>host</c> or <c>invitee</c>, as Calendly says.</summary>
    public string? CancelerType { get; private set; }

    public DateTime? CanceledAtUtc { get; private set; }

    public string? RescheduledFromInviteeUri { get; private set; }

    public string? RescheduledToInviteeUri { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public void Cancel(string? reason, string? canceledBy, string? cancelerType, DateTime canceledAtUtc, string? rescheduledToInviteeUri, DateTime nowUtc)
    {
        Status = rescheduledToInviteeUri is null ? AppointmentStatus.Canceled : AppointmentStatus.Rescheduled;
        CancellationReason = reason;
        CanceledBy = canceledBy;
        CancelerType = cancelerType;
        CanceledAtUtc = canceledAtUtc;
        RescheduledToInviteeUri = rescheduledToInviteeUri;
        UpdatedAtUtc = nowUtc;
    }

    public void MarkRescheduledFrom(string oldInviteeUri, DateTime nowUtc)
    {
        RescheduledFromInviteeUri = oldInviteeUri;
        UpdatedAtUtc = nowUtc;
    }
}
