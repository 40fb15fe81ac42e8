using Velvena.Application.Calendly.Bookings.Record;
using Velvena.Application.Calendly.Models;

namespace Velvena.Application.Calendly.Sync.SyncOrganization;

/// <summary>Invitees read and events finished since the sync last wrote.</summary>
internal sealed class SyncBatch
{
    public List<CalendlyEventInvitee> Bookings { get; } = [];

    public List<CalendlyScheduledEvent> CompletedEvents { get; } = [];

    public bool IsEmpty => Bookings.Count == 0 && CompletedEvents.Count == 0;

    public void Clear()
    {
        Bookings.Clear();
        CompletedEvents.Clear();
    }
}
