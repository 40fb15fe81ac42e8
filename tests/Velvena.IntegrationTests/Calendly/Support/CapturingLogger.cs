using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Velvena.IntegrationTests.Calendly.Support;

internal sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        lines.Enqueue($"{category} scope: {state}");
        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : string.Empty;
        lines.Enqueue($"{logLevel} {category} [{eventId.Name}] {formatter(state, exception)} {{{properties}}} {exception}");
    }
}
