using Mediator;
using Microsoft.Extensions.Logging;

namespace Velvena.Application.Common.Behaviors;

/// <summary>
/// Logs which message runs, never its content: commands carry authorization codes and other secrets.
/// </summary>
internal sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        LogHandling(logger, typeof(TMessage).Name);
        return next(message, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handling {MessageName}")]
    private static partial void LogHandling(ILogger logger, string messageName);
}
