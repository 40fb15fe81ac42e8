using Microsoft.EntityFrameworkCore;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Prospects;

namespace Velvena.Application.Calendly.Bookings.Record;

/// <summary>
/// The prospects and appointments a batch of bookings can touch, loaded (tracked) in two queries, then kept up to date
/// as the batch creates more: two bookings of one person in one batch meet the same prospect.
/// </summary>
internal sealed class BookingBatchState
{
    private readonly Dictionary<string, Appointment> _appointmentsByInvitee = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Prospect> _prospectsById = [];
    private readonly Dictionary<string, Prospect> _prospectsByEmail = new(StringComparer.Ordinal);

    private BookingBatchState()
    {
    }

    public static async Task<BookingBatchState> LoadAsync(IAppDbContext db, Guid organizationId, IReadOnlyList<BookingInput> inputs, CancellationToken cancellationToken)
    {
        var inviteeUris = inputs.Select(i => i.Booking.InviteeUri)
            .Concat(inputs.Select(i => i.Booking.RescheduledFromInviteeUri).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var emails = inputs.Select(i => i.NormalizedEmail).Distinct(StringComparer.Ordinal).ToList();

        var appointments = await db.Appointments
            .Where(a => a.OrganizationId == organizationId && inviteeUris.Contains(a.CalendlyInviteeUri))
            .ToListAsync(cancellationToken);

        // Two lookups, each on its own index (primary key; organization + e-mail): one query OR-ing both makes SQLite
        // scan the organization's prospects.
        var prospectIds = appointments.Select(a => a.ProspectId).Distinct().ToList();
        var prospects = prospectIds.Count == 0 ? [] : await db.Prospects
            .Include(p => p.Appointments)
            .Where(p => prospectIds.Contains(p.Id))
            .ToListAsync(cancellationToken);
        prospects.AddRange(await db.Prospects
            .Include(p => p.Appointments)
            .Where(p => p.OrganizationId == organizationId && emails.Contains(p.NormalizedEmail))
            .ToListAsync(cancellationToken));

        var state = new BookingBatchState();
        foreach (var prospect in prospects)
        {
            state.Add(prospect);
        }

        foreach (var appointment in appointments)
        {
            state._appointmentsByInvitee[appointment.CalendlyInviteeUri] = appointment;
        }

        return state;
    }

    public Appointment? FindAppointment(string inviteeUri) => _appointmentsByInvitee.GetValueOrDefault(inviteeUri);

    public Prospect ProspectOf(Appointment appointment) => _prospectsById[appointment.ProspectId];

    public Prospect? FindProspectByEmail(string normalizedEmail) => _prospectsByEmail.GetValueOrDefault(normalizedEmail);

    public void Add(Prospect prospect)
    {
        _prospectsById[prospect.Id] = prospect;
        _prospectsByEmail[prospect.NormalizedEmail] = prospect;
    }

    public void Add(Appointment appointment) => _appointmentsByInvitee[appointment.CalendlyInviteeUri] = appointment;
}
