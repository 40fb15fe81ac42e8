namespace Velvena.CalendlySandbox.Webhooks;

/// <summary>The signing key is never returned.</summary>
public sealed record WebhookSubscriptionResource(
    string Uri,
    string CallbackUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? RetryStartedAt,
    string State,
    IReadOnlyList<string> Events,
    string Scope,
    string Organization,
    string? User,
    string? Group,
    string? Creator);
