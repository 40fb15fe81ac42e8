namespace Velvena.CalendlySandbox.Api.Common;

/// <summary>All five keys are always present; the links and tokens are null at either end.</summary>
public sealed record PaginationResource(int Count, string? NextPage, string? PreviousPage, string? NextPageToken, string? PreviousPageToken);
