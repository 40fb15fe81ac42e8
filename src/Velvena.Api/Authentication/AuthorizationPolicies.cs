namespace Velvena.Api.Authentication;

public static class AuthorizationPolicies
{
    /// <summary>Any signed-in member of an organization (the fallback policy of every endpoint).</summary>
    public const string OrganizationMember = nameof(OrganizationMember);

    /// <summary>An administrator of the caller's organization.</summary>
    public const string OrganizationAdmin = nameof(OrganizationAdmin);
}
