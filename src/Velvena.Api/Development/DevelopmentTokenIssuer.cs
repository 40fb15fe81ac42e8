using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Velvena.Api.Authentication;

namespace Velvena.Api.Development;

/// <summary>Mints HS256 tokens with the configured key, the way Velvena's identity side would.</summary>
public sealed class DevelopmentTokenIssuer(JwtOptions options, TimeProvider clock)
{
    public static readonly Guid DemoOrganizationId = Guid.Parse("0b8f7e6a-5d4c-4b3a-9a8f-7e6d5c4b3a21");

    public DevelopmentTokenResponse Issue(DevelopmentTokenRequest request)
    {
        if (options.UsesAuthority || string.IsNullOrWhiteSpace(options.SigningKey))
        {
            throw new InvalidOperationException("Tokens can only be minted locally with Auth:Jwt:SigningKey.");
        }

        var userId = string.IsNullOrWhiteSpace(request.UserId) ? "demo-admin" : request.UserId;
        var organizationId = request.OrganizationId ?? DemoOrganizationId;
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now.AddMinutes(Math.Clamp(request.LifetimeMinutes, 1, 24 * 60));
        var claims = new List<Claim>
        {
            new(VelvenaClaims.Subject, userId),
            new(VelvenaClaims.OrganizationId, organizationId.ToString()),
        };
        if (!string.IsNullOrWhiteSpace(request.OrganizationName))
        {
            claims.Add(new Claim(VelvenaClaims.OrganizationName, request.OrganizationName));
        }

        if (request.Admin)
        {
            claims.Add(new Claim(VelvenaClaims.Role, VelvenaClaims.AdminRole));
        }

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(JwtSigningKey.From(options.SigningKey), SecurityAlgorithms.HmacSha256),
        });
        return new DevelopmentTokenResponse(token, "Bearer", expires, userId, organizationId);
    }
}
