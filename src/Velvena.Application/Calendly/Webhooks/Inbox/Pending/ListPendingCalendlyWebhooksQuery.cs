using Mediator;

namespace Velvena.Application.Calendly.Webhooks.Inbox.Pending;

/// <summary>
/// Unprocessed inbox entries received at least <paramref name="MinimumAge"/> ago whose back-off after a failed attempt
/// (if any) has passed, oldest first.
/// </summary>
public sealed record ListPendingCalendlyWebhooksQuery(TimeSpan MinimumAge, int Limit) : IQuery<IReadOnlyList<Guid>>;
