namespace Velvena.CalendlySandbox.Webhooks;

public static class WebhookEventNames
{
    public const string InviteeCreated = "invitee.created";
    public const string InviteeCanceled = "invitee.canceled";

    /// <summary>Every name Calendly's schema accepts; the sandbox only emits the two invitee events.</summary>
    public static readonly IReadOnlySet<string> Accepted = new HashSet<string>(StringComparer.Ordinal)
    {
        "invitee.created", "invitee.canceled", "invitee_no_show.created", "invitee_no_show.deleted",
        "meeting_recap.created", "meeting_recap.updated", "meeting_recap.deleted",
        "routing_form_submission.created", "contact.created", "contact.updated", "contact.deleted",
    };
}
