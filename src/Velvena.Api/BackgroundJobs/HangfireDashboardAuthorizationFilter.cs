using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Velvena.Api.Authentication;

namespace Velvena.Api.BackgroundJobs;

/// <summary>
/// Development: local requests only. Elsewhere: an organization admin's bearer token. The dashboard lists job
/// arguments and server names, so it is never public.
/// </summary>
internal sealed class HangfireDashboardAuthorizationFilter(bool isDevelopment) : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (isDevelopment && IsLocal(http))
        {
            return true;
        }

        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        return result.Succeeded
            && result.Principal.IsInRole(VelvenaClaims.AdminRole)
            && OrganizationClaim.TryRead(result.Principal, out _);
    }

    private static bool IsLocal(HttpContext http)
    {
        var remote = http.Connection.RemoteIpAddress;
        return remote is null || System.Net.IPAddress.IsLoopback(remote);
    }
}
