namespace Velvena.Api.Authentication;

/// <summary>The claims Velvena's identity side puts in its tokens.</summary>
public static class VelvenaClaims
{
    public const string Subject = "sub";
    public const string OrganizationId = "org_id";
    public const string OrganizationName = "org_name";
    public const string Role = "role";
    public const string AdminRole = "admin";
}
