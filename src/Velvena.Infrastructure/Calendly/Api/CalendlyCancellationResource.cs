namespace Velvena.Infrastructure.Calendly.Api;

internal sealed class CalendlyCancellationResource
{
    public string? CanceledBy { get; init; }
    public string? Reason { get; init; }
    public string? CancelerType { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
}
