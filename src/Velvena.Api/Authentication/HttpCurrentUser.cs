using Velvena.Application.Common.Interfaces;

namespace Velvena.Api.Authentication;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public bool IsAuthenticated => accessor.HttpContext?.User.Identity?.IsAuthenticated == true;

    public string UserId => accessor.HttpContext?.User.FindFirst(VelvenaClaims.Subject)?.Value
        ?? throw new UnauthorizedAccessException("The caller has no subject claim.");

    public Guid OrganizationId => accessor.HttpContext is { } context && OrganizationClaim.TryRead(context.User, out var id)
        ? id
        : throw new UnauthorizedAccessException("The caller has no organization.");

    public bool IsAdmin => accessor.HttpContext?.User.IsInRole(VelvenaClaims.AdminRole) == true;
}
