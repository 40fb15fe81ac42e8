using Mediator;
using Velvena.Application.Common.Paging;

namespace Velvena.Application.Prospects.List;

/// <summary>The caller's organization's prospects, newest first.</summary>
public sealed record ListProspectsQuery(int Page = 1, int PageSize = PagingLimits.DefaultPageSize, string? Status = null, string? Source = null)
    : IQuery<PagedResult<ProspectSummaryDto>>;
