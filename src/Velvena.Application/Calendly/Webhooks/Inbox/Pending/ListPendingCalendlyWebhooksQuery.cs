using Mediator;

namespace Velvena.Application.Calendly.Webhooks.Inbox.Pending;

/// <summary>Unprocessed inbox entries received at least <paramref name="MinimumAge"/> ago, oldest first.</summary>
public sealed record ListPendingCalendlyWebhooksQuery(TimeSpan MinimumAge, int Limit) : IQuery<IReadOnlyList<Guid>>;
