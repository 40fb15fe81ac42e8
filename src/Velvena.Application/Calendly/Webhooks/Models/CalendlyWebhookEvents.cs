namespace Velvena.Application.Calendly.Webhooks.Models;

public static class CalendlyWebhookEvents
{
    public const string InviteeCreated = "invitee.created";
    public const string InviteeCanceled = "invitee.canceled";

    public static IReadOnlyList<string> Subscribed { get; } = [InviteeCreated, InviteeCanceled];

    public static bool IsSubscribed(string? eventName) => eventName is InviteeCreated or InviteeCanceled;
}
