namespace Velvena.Infrastructure.Calendly.Api;

/// <summary><c>{"collection": [...], "pagination": {...}}</c>.</summary>
internal sealed class CalendlyCollectionResponse<T>
    where T : class
{
    public IReadOnlyList<T>? Collection { get; init; }
    public CalendlyPagination? Pagination { get; init; }
}
