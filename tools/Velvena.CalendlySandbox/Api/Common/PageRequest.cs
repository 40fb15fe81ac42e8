using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Velvena.CalendlySandbox.Hosting;

namespace Velvena.CalendlySandbox.Api.Common;

/// <summary>count and page_token of a list request. Page tokens are opaque to clients; here they wrap an offset.</summary>
internal sealed record PageRequest(int Count, int Offset)
{
    public const int DefaultCount = 20;
    public const int MaxCount = 100;

    public static PageRequest Parse(IQueryCollection query, List<ErrorDetail> problems)
    {
        var count = DefaultCount;
        var countText = query["count"].ToString();
        if (countText.Length > 0 && (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > MaxCount))
        {
            problems.Add(new ErrorDetail("count", "must be an integer between 1 and 100", "invalid_count"));
            count = DefaultCount;
        }

        var offset = 0;
        var tokenText = query["page_token"].ToString();
        if (tokenText.Length > 0)
        {
            if (DecodeToken(tokenText) is { } decoded)
            {
                offset = decoded;
            }
            else
            {
                problems.Add(new ErrorDetail("page_token", "is invalid", "invalid_page_token"));
            }
        }

        return new PageRequest(count, offset);
    }

    public CollectionResponse<TOut> Page<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> render, HttpRequest request, SandboxUrls urls)
    {
        var slice = new List<TOut>(Math.Min(Count, Math.Max(items.Count - Offset, 0)));
        for (var i = Offset; i < items.Count && i < Offset + Count; i++)
        {
            slice.Add(render(items[i]));
        }

        string? nextToken = Offset + Count < items.Count ? EncodeToken(Offset + Count) : null;
        string? previousToken = Offset > 0 ? EncodeToken(Math.Max(Offset - Count, 0)) : null;
        return new CollectionResponse<TOut>(slice, new PaginationResource(
            Count: slice.Count,
            NextPage: nextToken is null ? null : Link(request, urls, nextToken),
            PreviousPage: previousToken is null ? null : Link(request, urls, previousToken),
            NextPageToken: nextToken,
            PreviousPageToken: previousToken));
    }

    private static string Link(HttpRequest request, SandboxUrls urls, string pageToken)
    {
        var query = request.Query
            .Where(q => q.Key != "page_token")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("page_token", pageToken));
        return QueryHelpers.AddQueryString(urls.BaseUrl + request.Path, query);
    }

    private static string EncodeToken(int offset) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes("sandbox-page:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static int? DecodeToken(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
            const string prefix = "sandbox-page:";
            return text.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                ? offset
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
