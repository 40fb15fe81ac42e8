using System.Collections.Concurrent;

namespace Velvena.IntegrationTests.Calendly.Support;

/// <summary>Every request that reached the wire (one entry per attempt), for one named client.</summary>
internal sealed class RequestRecorder
{
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int Count(HttpMethod method, string pathPrefix) =>
        Requests.Count(r => r.Method == method && r.PathAndQuery.StartsWith(pathPrefix, StringComparison.Ordinal));

    public void Clear() => Requests.Clear();
}
