using System.Security.Claims;

namespace Velvena.Api.Authentication;

internal static class OrganizationClaim
{
    public static bool TryRead(ClaimsPrincipal user, out Guid organizationId)
    {
        var value = user.FindFirst(VelvenaClaims.OrganizationId)?.Value;
        return Guid.TryParse(value, out organizationId) && organizationId != Guid.Empty;
    }
}
