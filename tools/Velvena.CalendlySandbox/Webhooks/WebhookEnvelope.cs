using System.Text.Json.Nodes;

namespace Velvena.CalendlySandbox.Webhooks;

public sealed record WebhookEnvelope(string Event, DateTimeOffset CreatedAt, string CreatedBy, JsonObject Payload);
