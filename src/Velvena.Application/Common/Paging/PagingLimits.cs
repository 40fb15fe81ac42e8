namespace Velvena.Application.Common.Paging;

public static class PagingLimits
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}
