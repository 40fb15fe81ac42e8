namespace Velvena.CalendlySandbox.Api.Common;

public sealed record CollectionResponse<T>(IReadOnlyList<T> Collection, PaginationResource Pagination);
