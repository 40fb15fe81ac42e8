using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Velvena.IntegrationTests.Calendly.Support;

/// <summary>Keeps every formatted log line (with its exception) so tests can look for leaked secrets.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Lines);

    public void Dispose()
    {
    }
}
