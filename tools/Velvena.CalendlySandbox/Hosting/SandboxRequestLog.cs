using System.Collections.Concurrent;

namespace Velvena.CalendlySandbox.Hosting;

/// <summary>Every API and OAuth request answered, in order: lets tests count the calls a client made.</summary>
public sealed class SandboxRequestLog
{
    private readonly ConcurrentQueue<SandboxRequest> _entries = new();

    public IReadOnlyList<SandboxRequest> Entries => [.. _entries];

    public int Count(Func<SandboxRequest, bool>? predicate = null) => predicate is null ? _entries.Count : _entries.Count(predicate);

    public void Clear() => _entries.Clear();

    internal void Record(SandboxRequest request) => _entries.Enqueue(request);
}
