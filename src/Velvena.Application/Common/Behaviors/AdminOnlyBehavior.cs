using Mediator;
using Velvena.Application.Common.Exceptions;
using Velvena.Application.Common.Interfaces;
using Velvena.Application.Common.Security;

namespace Velvena.Application.Common.Behaviors;

/// <summary>Refuses <see cref="IAdminOnly"/> messages from non-admins, whatever route sent them.</summary>
internal sealed class AdminOnlyBehavior<TMessage, TResponse>(ICurrentUser currentUser) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IAdminOnly && !currentUser.IsAdmin)
        {
            throw new ForbiddenAccessException("Only an administrator of the organization can do this.");
        }

        return next(message, cancellationToken);
    }
}
