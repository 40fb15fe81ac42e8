using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Velvena.Application.Common.Interfaces;

namespace Velvena.Api.Authentication;

public static class AuthenticationServiceCollectionExtensions
{
    public static IServiceCollection AddVelvenaAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var jwt = configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();
        if (!jwt.UsesAuthority && string.IsNullOrWhiteSpace(jwt.SigningKey))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    "Authentication is not configured: set Auth:Jwt:Authority (OIDC) or Auth:Jwt:SigningKey (HS256, at least 32 bytes).");
            }

            jwt.SigningKey = JwtSigningKey.LoadOrCreateDevelopmentKey(environment.ContentRootPath);
        }

        // Built now so a wrong key stops the start instead of failing the first request.
        var signingKey = jwt.UsesAuthority ? null : JwtSigningKey.From(jwt.SigningKey!);
        services.AddSingleton(jwt);
        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = jwt.UsesAuthority ? null : jwt.Issuer,
                    ValidateAudience = true,
                    ValidAudience = jwt.Audience,
                    ValidateLifetime = true,
                    ClockSkew = TimeSpan.FromMinutes(1),
                    NameClaimType = VelvenaClaims.Subject,
                    RoleClaimType = VelvenaClaims.Role,
                };
                if (jwt.UsesAuthority)
                {
                    options.Authority = jwt.Authority;
                    options.RequireHttpsMetadata = !environment.IsDevelopment();
                }
                else
                {
                    options.TokenValidationParameters.IssuerSigningKey = signingKey;
                    options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
                }
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.OrganizationMember, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => OrganizationClaim.TryRead(context.User, out _)))
            .AddPolicy(AuthorizationPolicies.OrganizationAdmin, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => OrganizationClaim.TryRead(context.User, out _))
                .RequireRole(VelvenaClaims.AdminRole))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireAssertion(context => OrganizationClaim.TryRead(context.User, out _))
                .Build());

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        return services;
    }
}
