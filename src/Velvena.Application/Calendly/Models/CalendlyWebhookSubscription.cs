namespace Velvena.Application.Calendly.Models;

public sealed record CalendlyWebhookSubscription(
    string Uri,
    string CallbackUrl,
    string State,
    IReadOnlyList<string> Events,
    string Scope,
    string? OrganizationUri,
    string? UserUri,
    DateTime CreatedAtUtc,
    DateTime? RetryStartedAtUtc);
