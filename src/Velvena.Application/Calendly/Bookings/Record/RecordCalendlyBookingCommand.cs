using Mediator;
using Velvena.Application.Calendly.Models;

namespace Velvena.Application.Calendly.Bookings.Record;

/// <summary>
/// Applies one Calendly invitee (of one scheduled event) to the organization's prospects and appointments.
/// The single code path shared by the hourly sync and the webhooks: idempotent, order-independent.
/// </summary>
public sealed record RecordCalendlyBookingCommand(Guid OrganizationId, CalendlyScheduledEvent Event, CalendlyInvitee Invitee)
    : ICommand<BookingOutcome>;
