using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Velvena.Application.Common.Behaviors;

/// <summary>Warns about slow messages so they show up in production logs without a profiler.</summary>
internal sealed partial class PerformanceBehavior<TMessage, TResponse>(ILogger<PerformanceBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private const long SlowThresholdMilliseconds = 500;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed.TotalMilliseconds > SlowThresholdMilliseconds)
        {
            LogSlow(logger, typeof(TMessage).Name, (long)elapsed.TotalMilliseconds);
        }

        return response;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{MessageName} took {ElapsedMilliseconds} ms")]
    private static partial void LogSlow(ILogger logger, string messageName, long elapsedMilliseconds);
}
