namespace Velvena.Api.Development;

public sealed record DevelopmentTokenResponse(string AccessToken, string TokenType, DateTime ExpiresAtUtc, string UserId, Guid OrganizationId);
