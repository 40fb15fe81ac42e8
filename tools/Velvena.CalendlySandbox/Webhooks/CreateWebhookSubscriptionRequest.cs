namespace Velvena.CalendlySandbox.Webhooks;

public sealed record CreateWebhookSubscriptionRequest(
    string? Url,
    IReadOnlyList<string>? Events,
    string? Organization,
    string? Scope,
    string? User = null,
    string? Group = null,
    string? SigningKey = null);
