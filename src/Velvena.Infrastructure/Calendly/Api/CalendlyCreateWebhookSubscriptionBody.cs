namespace Velvena.Infrastructure.Calendly.Api;

/// <summary><c>POST /webhook_subscriptions</c> body. No signing_key: the OAuth app's key applies.</summary>
internal sealed class CalendlyCreateWebhookSubscriptionBody
{
    public required string Url { get; init; }
    public required IReadOnlyList<string> Events { get; init; }
    public required string Organization { get; init; }
    public required string Scope { get; init; }
    public string? User { get; init; }
}
