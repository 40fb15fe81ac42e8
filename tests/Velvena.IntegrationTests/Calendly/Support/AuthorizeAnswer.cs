namespace Velvena.IntegrationTests.Calendly.Support;

/// <summary>The body of <c>POST /auth/calendly/authorize</c>.</summary>
internal sealed record AuthorizeAnswer(Uri AuthorizeUrl, string State, DateTime ExpiresAt);
