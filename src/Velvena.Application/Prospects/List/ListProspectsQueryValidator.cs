using FluentValidation;
using Velvena.Application.Common.Paging;

namespace Velvena.Application.Prospects.List;

internal sealed class ListProspectsQueryValidator : AbstractValidator<ListProspectsQuery>
{
    public ListProspectsQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, PagingLimits.MaxPageSize);
        RuleFor(q => q.Status).MaximumLength(50);
        RuleFor(q => q.Source).MaximumLength(50);
    }
}
