using Mediator;
using Microsoft.Extensions.Caching.Memory;
using Velvena.Application.Organizations.Ensure;

namespace Velvena.Api.Authentication;

/// <summary>
/// The first authenticated request naming an unknown <c>org_id</c> creates the organization. Known ids are
/// cached so the check costs one database query per organization per process, not per request.
/// </summary>
internal sealed class OrganizationProvisioningMiddleware(RequestDelegate next, IMemoryCache knownOrganizations)
{
    private static readonly MemoryCacheEntryOptions CacheEntry = new() { SlidingExpiration = TimeSpan.FromHours(1) };

    public async Task InvokeAsync(HttpContext context, ISender sender)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && OrganizationClaim.TryRead(context.User, out var organizationId)
            && !knownOrganizations.TryGetValue(organizationId, out _))
        {
            var name = context.User.FindFirst(VelvenaClaims.OrganizationName)?.Value;
            await sender.Send(new EnsureOrganizationCommand(organizationId, name), context.RequestAborted);
            knownOrganizations.Set(organizationId, true, CacheEntry);
        }

        await next(context);
    }
}
