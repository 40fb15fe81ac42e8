using Velvena.Application.Calendly.Models;

namespace Velvena.Application.Calendly.Bookings.Record;

/// <summary>One invitee of one Calendly scheduled event, as the sync and the webhooks read it.</summary>
public sealed record CalendlyEventInvitee(CalendlyScheduledEvent Event, CalendlyInvitee Invitee);
