namespace Velvena.Infrastructure.Calendly.Api;

internal sealed class CalendlyEventMembershipResource
{
    public string? User { get; init; }
    public string? UserEmail { get; init; }
    public string? UserName { get; init; }
}
