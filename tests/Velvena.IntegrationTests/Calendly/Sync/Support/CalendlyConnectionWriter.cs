using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Common.Interfaces;
using Velvena.CalendlySandbox;
using Velvena.CalendlySandbox.State;
using Velvena.Domain.Organizations;
using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Calendly.Sync.Support;

/// <summary>Stores a Calendly connection the way the connect flow would, with tokens the sandbox issued directly.</summary>
internal static class CalendlyConnectionWriter
{
    public static async Task ConnectAsync(VelvenaApiFactory api, CalendlySandboxHost sandbox, string clientId, Guid organizationId, string name, SandboxUser owner, IReadOnlyList<string>? scopes = null)
    {
        var tokens = sandbox.Seed.IssueTokens(clientId, owner.Uuid, scopes);
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<ITokenProtector>();
        var now = DateTime.UtcNow;
        var organization = new Organization(organizationId, name, now);
        organization.Calendly.Connect(
            owner.Email,
            sandbox.Urls.User(owner.Uuid),
            sandbox.Urls.Organization(owner.OrganizationUuid),
            protector.Protect(tokens.Access.Token, organizationId, TokenKind.AccessToken),
            protector.Protect(tokens.RefreshToken, organizationId, TokenKind.RefreshToken),
            tokens.Access.ExpiresAt.UtcDateTime,
            "admin-of-" + organizationId.ToString("N"),
            now);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
    }
}
