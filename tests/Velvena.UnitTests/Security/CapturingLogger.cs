using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Velvena.UnitTests.Security;

internal sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLogEntry> entries) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        entries.Enqueue(new CapturedLogEntry(category, logLevel, formatter(state, exception)));
    }
}
