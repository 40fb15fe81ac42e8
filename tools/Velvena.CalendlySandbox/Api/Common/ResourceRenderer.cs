using System.Text.Json;
using System.Text.Json.Nodes;
using Velvena.CalendlySandbox.Api.Events;
using Velvena.CalendlySandbox.Api.Invitees;
using Velvena.CalendlySandbox.Api.Users;
using Velvena.CalendlySandbox.Hosting;
using Velvena.CalendlySandbox.Json;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Api.Common;

/// <summary>Turns sandbox state into Calendly's wire shapes. Call it while holding the state lock.</summary>
public sealed class ResourceRenderer(SandboxUrls urls)
{
    public UserResource User(SandboxUser user) => new(
        Uri: urls.User(user.Uuid),
        Name: user.Name,
        Slug: user.Slug,
        Email: user.Email,
        SchedulingUrl: urls.SchedulingPage(user.Slug),
        Timezone: user.Timezone,
        TimeNotation: user.TimeNotation,
        AvatarUrl: null,
        CreatedAt: user.CreatedAt,
        UpdatedAt: user.CreatedAt,
        CurrentOrganization: urls.Organization(user.OrganizationUuid),
        ResourceType: "User",
        Locale: user.Locale);

    public EventResource Event(ScheduledEvent scheduledEvent, SandboxUser? host)
    {
        var active = scheduledEvent.ActiveInviteeCount;
        return new EventResource(
            Uri: urls.ScheduledEvent(scheduledEvent.Uuid),
            Name: scheduledEvent.Name,
            MeetingNotesPlain: null,
            Status: scheduledEvent.Status,
            StartTime: scheduledEvent.StartTime,
            EndTime: scheduledEvent.EndTime,
            EventType: urls.EventType(scheduledEvent.EventTypeUuid),
            Location: Location(scheduledEvent.Location),
            InviteesCounter: new InviteesCounterResource(scheduledEvent.Invitees.Count, active, scheduledEvent.InviteeLimit),
            CreatedAt: scheduledEvent.CreatedAt,
            UpdatedAt: scheduledEvent.UpdatedAt,
            EventMemberships:
            [
                new EventMembershipResource(
                    urls.User(scheduledEvent.HostUuid),
                    host?.Email ?? "unknown@sandbox.invalid",
                    host?.Name ?? "Unknown host"),
            ],
            EventGuests: [],
            CalendarEvent: new CalendarEventResource("google", $"sandbox-{scheduledEvent.Uuid:N}"))
        {
            Cancellation = Cancellation(scheduledEvent.Cancellation),
        };
    }

    public InviteeResource Invitee(Invitee invitee) => new(
        Uri: urls.Invitee(invitee.Event.Uuid, invitee.Uuid),
        Email: invitee.Email,
        FirstName: invitee.FirstName,
        LastName: invitee.LastName,
        Name: invitee.Name,
        Status: invitee.Status,
        QuestionsAndAnswers: invitee.QuestionsAndAnswers,
        Timezone: invitee.Timezone,
        Event: urls.ScheduledEvent(invitee.Event.Uuid),
        CreatedAt: invitee.CreatedAt,
        UpdatedAt: invitee.UpdatedAt,
        Tracking: invitee.Tracking,
        TextReminderNumber: invitee.TextReminderNumber,
        Rescheduled: invitee.Rescheduled,
        OldInvitee: invitee.OldInvitee is { } old ? urls.Invitee(old.Event.Uuid, old.Uuid) : null,
        NewInvitee: invitee.NewInvitee is { } next ? urls.Invitee(next.Event.Uuid, next.Uuid) : null,
        CancelUrl: urls.CancelPage(invitee.Uuid),
        RescheduleUrl: urls.ReschedulePage(invitee.Uuid),
        RoutingFormSubmission: null,
        Payment: null,
        NoShow: null,
        Reconfirmation: null,
        SchedulingMethod: null,
        InviteeScheduledBy: null)
    {
        Cancellation = Cancellation(invitee.Cancellation),
    };

    /// <summary>The webhook payload: every invitee field plus the embedded scheduled_event.</summary>
    public JsonObject InviteePayload(Invitee invitee, SandboxUser? host)
    {
        var payload = JsonSerializer.SerializeToNode(Invitee(invitee), CalendlyJson.Options)!.AsObject();
        payload["scheduled_event"] = JsonSerializer.SerializeToNode(Event(invitee.Event, host), CalendlyJson.Options);
        return payload;
    }

    public static IReadOnlyDictionary<string, object?> Location(EventLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var shape = new Dictionary<string, object?>(StringComparer.Ordinal) { ["type"] = location.Type };
        if (EventLocation.ConferenceTypes.Contains(location.Type))
        {
            shape["status"] = location.Status ?? "pushed";
            shape["join_url"] = location.JoinUrl;
            if (location.Type != "google_conference")
            {
                shape["data"] = null;
            }
        }
        else
        {
            shape["location"] = location.Location ?? string.Empty;
        }

        if (location.AdditionalInfo is not null && location.Type is "physical" or "inbound_call")
        {
            shape["additional_info"] = location.AdditionalInfo;
        }

        return shape;
    }

    private static CancellationResource? Cancellation(CancellationRecord? record) =>
        record is null ? null : new CancellationResource(record.CanceledBy, record.Reason, record.CancelerType, record.CreatedAt);
}
