using System.Text.Json.Nodes;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Webhooks;

/// <summary>A booking change to announce; the payload is rendered at the moment of the change.</summary>
internal sealed record WebhookNotification(string EventName, ScheduledEvent ScheduledEvent, string InviteeUri, JsonObject Payload, DateTimeOffset At);
