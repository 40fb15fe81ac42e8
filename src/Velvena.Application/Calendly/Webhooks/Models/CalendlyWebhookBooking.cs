using Velvena.Application.Calendly.Models;

namespace Velvena.Application.Calendly.Webhooks.Models;

/// <summary>A delivery's invitee with its embedded scheduled event, and the Calendly user who owns the subscription.</summary>
public sealed record CalendlyWebhookBooking(string EventName, CalendlyScheduledEvent Event, CalendlyInvitee Invitee, string? CreatedByUri);
