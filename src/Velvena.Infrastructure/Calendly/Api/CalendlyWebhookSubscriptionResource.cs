namespace Velvena.Infrastructure.Calendly.Api;

internal sealed class CalendlyWebhookSubscriptionResource
{
    public string? Uri { get; init; }
    public string? CallbackUrl { get; init; }
    public string? State { get; init; }
    public IReadOnlyList<string>? Events { get; init; }
    public string? Scope { get; init; }
    public string? Organization { get; init; }
    public string? User { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? RetryStartedAt { get; init; }
}
