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
        CalendlyCreatedAtUtc = createdAtUtc;
        CalendlyUpdatedAtUtc = createdAtUtc;
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

    /// <summary>When the invitee booked (Calendly's <c>created_at</c>): decides which booking is a prospect's latest.</summary>
    public DateTime CalendlyCreatedAtUtc { get; private set; }

    /// <summary>
    /// The newest Calendly <c>updated_at</c> applied (invitee or event, whichever is later): a copy older than this
    /// arrived late and is ignored.
    /// </summary>
    public DateTime CalendlyUpdatedAtUtc { get; private set; }

    /// <summary>Application-managed concurrency token, renewed on every change.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public bool IsActive => Status == AppointmentStatus.Scheduled;

    /// <summary>
    /// A Calendly invitee seen for the first time, in whatever state it is in now: a cancellation delivered before
    /// the booking creates the appointment already canceled, exactly as in-order delivery would have left it.
    /// </summary>
    public static Appointment Book(
        Guid id,
        Guid organizationId,
        Guid prospectId,
        string calendlyInviteeUri,
        AppointmentDetails details,
        string? rescheduledFromInviteeUri,
        AppointmentCancellation? cancellation,
        DateTime calendlyCreatedAtUtc,
        DateTime calendlyUpdatedAtUtc,
        DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(details);
        var appointment = new Appointment(
            id,
            organizationId,
            prospectId,
            calendlyInviteeUri,
            details.EventUri,
            details.EventName,
            details.StartUtc,
            details.EndUtc,
            details.Location,
            nowUtc)
        {
            RescheduledFromInviteeUri = rescheduledFromInviteeUri,
            CalendlyCreatedAtUtc = calendlyCreatedAtUtc,
            CalendlyUpdatedAtUtc = calendlyUpdatedAtUtc,
        };
        if (cancellation is not null)
        {
            appointment.ApplyCancellation(cancellation, nowUtc);
        }

        return appointment;
    }

    /// <summary>
    /// Applies another Calendly copy of this invitee. A copy older than the newest one applied changes nothing, and
    /// a canceled or rescheduled appointment never becomes active again.
    /// </summary>
    public AppointmentChanges ApplyCalendlyState(AppointmentDetails details, AppointmentCancellation? cancellation, DateTime calendlyUpdatedAtUtc, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (calendlyUpdatedAtUtc < CalendlyUpdatedAtUtc || (!IsActive && cancellation is null))
        {
            return AppointmentChanges.None;
        }

        var changes = AppointmentChanges.None;
        if (details != CurrentDetails)
        {
            CalendlyEventUri = details.EventUri;
            EventName = details.EventName;
            StartUtc = details.StartUtc;
            EndUtc = details.EndUtc;
            Location = details.Location;
            changes |= AppointmentChanges.DetailsChanged;
        }

        if (cancellation is not null && cancellation != CurrentCancellation)
        {
            var wasActive = IsActive;
            ApplyCancellation(cancellation, nowUtc);
            changes |= !wasActive ? AppointmentChanges.DetailsChanged
                : Status == AppointmentStatus.Rescheduled ? AppointmentChanges.Rescheduled
                : AppointmentChanges.Canceled;
        }

        // A newer copy that changes nothing still moves the watermark, so that a late copy older than it is ignored.
        if (calendlyUpdatedAtUtc > CalendlyUpdatedAtUtc)
        {
            CalendlyUpdatedAtUtc = calendlyUpdatedAtUtc;
        }

        if (changes != AppointmentChanges.None)
        {
            Touch(nowUtc);
        }

        return changes;
    }

    public void Cancel(string? reason, string? canceledBy, string? cancelerType, DateTime canceledAtUtc, string? rescheduledToInviteeUri, DateTime nowUtc)
    {
        Status = rescheduledToInviteeUri is null ? AppointmentStatus.Canceled : AppointmentStatus.Rescheduled;
        CancellationReason = reason;
        CanceledBy = canceledBy;
        CancelerType = cancelerType;
        CanceledAtUtc = canceledAtUtc;
        RescheduledToInviteeUri = rescheduledToInviteeUri;
        Touch(nowUtc);
    }

    private AppointmentDetails CurrentDetails => new(CalendlyEventUri, EventName, StartUtc, EndUtc, Location);

    private AppointmentCancellation? CurrentCancellation =>
        IsActive ? null : new(CancellationReason, CanceledBy, CancelerType, CanceledAtUtc ?? default, RescheduledToInviteeUri);

    private void ApplyCancellation(AppointmentCancellation cancellation, DateTime nowUtc) =>
        Cancel(cancellation.Reason, cancellation.CanceledBy, cancellation.CancelerType, cancellation.CanceledAtUtc, cancellation.RescheduledToInviteeUri, nowUtc);

    private void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }
}
