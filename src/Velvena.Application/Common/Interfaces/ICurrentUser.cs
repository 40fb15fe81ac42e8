namespace Velvena.Application.Common.Interfaces;

/// <summary>Who is calling. The organization always comes from the caller's token, never from a request body.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The token's <c>sub</c>.</summary>
    string UserId { get; }

    /// <summary>The token's <c>org_id</c>.</summary>
    Guid OrganizationId { get; }

    bool IsAdmin { get; }
}
