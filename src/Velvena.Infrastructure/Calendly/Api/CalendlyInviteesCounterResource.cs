namespace Velvena.Infrastructure.Calendly.Api;

internal sealed class CalendlyInviteesCounterResource
{
    public int? Total { get; init; }
    public int? Active { get; init; }
    public int? Limit { get; init; }
}
