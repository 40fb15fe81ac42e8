namespace Velvena.Infrastructure.Calendly.Http;

/// <summary>A request body read into memory so the request can be sent again after a 401.</summary>
internal sealed class BufferedContent
{
    private readonly byte[] _bytes;
    private readonly List<KeyValuePair<string, IEnumerable<string>>> _headers;

    private BufferedContent(byte[] bytes, List<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        _bytes = bytes;
        _headers = headers;
    }

    public static async Task<BufferedContent?> CaptureAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }

        var bytes = await content.ReadAsByteArrayAsync(cancellationToken);
        return new BufferedContent(bytes, content.Headers.ToList());
    }

    public HttpContent Recreate()
    {
        var content = new ByteArrayContent(_bytes);
        foreach (var header in _headers)
        {
            if (string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return content;
    }
}
