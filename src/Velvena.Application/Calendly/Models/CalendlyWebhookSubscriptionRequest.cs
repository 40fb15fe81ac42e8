namespace Velvena.Application.Calendly.Models;

/// <summary><c>POST /webhook_subscriptions</c>; a 409 "already exists" surfaces as <see cref="Exceptions.CalendlyConflictException"/>.</summary>
public sealed record CalendlyWebhookSubscriptionRequest(string CallbackUrl, IReadOnlyList<string> Events, string OrganizationUri, string Scope, string? UserUri);
