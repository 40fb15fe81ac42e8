using Mediator;

namespace Velvena.Application.Calendly.Webhooks.Health;

/// <summary>Organizations whose Calendly connection is usable, i.e. whose webhook subscription the health job checks.</summary>
public sealed record ListCalendlyWebhookOrganizationsQuery : IQuery<IReadOnlyList<Guid>>;
