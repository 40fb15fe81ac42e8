namespace Velvena.Api.Development;

/// <summary>Who the locally minted token speaks for; every field has a sensible default.</summary>
public sealed record DevelopmentTokenRequest(
    string? UserId = null,
    Guid? OrganizationId = null,
    string? OrganizationName = null,
    bool Admin = true,
    int LifetimeMinutes = 480);
