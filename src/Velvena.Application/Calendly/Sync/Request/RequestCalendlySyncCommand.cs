using Mediator;
using Velvena.Application.Common.Security;

namespace Velvena.Application.Calendly.Sync.Request;

/// <summary>An admin asks for the caller's organization to be synced now (as a background job).</summary>
public sealed record RequestCalendlySyncCommand : ICommand<RequestCalendlySyncResult>, IAdminOnly;
