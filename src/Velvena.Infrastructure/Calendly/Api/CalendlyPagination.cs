namespace Velvena.Infrastructure.Calendly.Api;

internal sealed class CalendlyPagination
{
    public int? Count { get; init; }
    public string? NextPage { get; init; }
    public string? NextPageToken { get; init; }
    public string? PreviousPage { get; init; }
    public string? PreviousPageToken { get; init; }
}
