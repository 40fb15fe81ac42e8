using Velvena.Domain.Common;

namespace Velvena.Domain.Prospects;

/// <summary>A person a boutique may sell to; one per e-mail address per organization.</summary>
public sealed class Prospect
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 320;
    public const int PhoneMaxLength = 64;

    private readonly List<Appointment> _appointments = [];

    private Prospect()
    {
        FirstName = string.Empty;
        LastName = string.Empty;
        Email = string.Empty;
        NormalizedEmail = string.Empty;
        Status = ProspectStatuses.Nouveau;
        Source = ProspectSources.Calendly;
        Type = ProspectTypes.Prospect;
        Notes = string.Empty;
        Metadata = new ProspectMetadata();
    }

    public Prospect(Guid id, Guid organizationId, string firstName, string lastName, string email, string? phone, DateTime createdAtUtc)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        Id = id;
        OrganizationId = organizationId;
        FirstName = firstName;
        LastName = lastName;
        Email = email.Trim();
        NormalizedEmail = EmailAddress.Normalize(email);
        Phone = phone;
        CreatedAtUtc = createdAtUtc;
        UpdatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public string Email { get; private set; }

    /// <summary>Unique per organization; see <see cref="EmailAddress.Normalize"/>.</summary>
    public string NormalizedEmail { get; private set; }

    /// <summary>E.164 when the number parsed, else the text the invitee typed.</summary>
    public string? Phone { get; private set; }

    public string Status { get; private set; }

    public string Source { get; private set; }

    public string Type { get; private set; }

    /// <summary>Free text in French, appended to, never rewritten.</summary>
    public string Notes { get; private set; }

    public ProspectMetadata Metadata { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>
    /// Application-managed concurrency token, renewed on every change: two writers appending notes to one prospect
    /// at once must not lose one of them.
    /// </summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyCollection<Appointment> Appointments => _appointments;

    public void AppendNote(string note, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        Notes = Notes.Length == 0 ? note : Notes + Environment.NewLine + Environment.NewLine + note;
        Touch(nowUtc);
    }

    /// <summary>Fills a phone number the prospect did not have; an existing number is never overwritten.</summary>
    public void AddPhoneIfMissing(string? phone, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(Phone) && !string.IsNullOrWhiteSpace(phone))
        {
            Phone = phone;
            Touch(nowUtc);
        }
    }

    public void DescribeLatestBooking(ProspectMetadata metadata, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (metadata != Metadata)
        {
            Metadata = metadata;
            Touch(nowUtc);
        }
    }

    /// <summary>
    /// Describes <paramref name="appointment"/>'s booking in <see cref="Metadata"/> when it is the most recently made
    /// of the prospect's bookings (or the one already described), whatever order Calendly's copies arrive in.
    /// Needs <see cref="Appointments"/> loaded.
    /// </summary>
    public void DescribeBookingIfLatest(Appointment appointment, ProspectMetadata metadata, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var described = Metadata.CalendlyInviteeUri is null
            ? null
            : _appointments.FirstOrDefault(a => a.CalendlyInviteeUri == Metadata.CalendlyInviteeUri);
        if (described is null || ReferenceEquals(described, appointment) || IsMoreRecentBooking(appointment, described))
        {
            DescribeLatestBooking(metadata, nowUtc);
        }
    }

    public void AddAppointment(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        _appointments.Add(appointment);
    }

    // Same booking time: the invitee URI decides, so that the outcome never depends on delivery order.
    private static bool IsMoreRecentBooking(Appointment candidate, Appointment described) =>
        candidate.CalendlyCreatedAtUtc != described.CalendlyCreatedAtUtc
            ? candidate.CalendlyCreatedAtUtc > described.CalendlyCreatedAtUtc
            : string.CompareOrdinal(candidate.CalendlyInviteeUri, described.CalendlyInviteeUri) > 0;

    private void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }
}
