namespace Velvena.IntegrationTests.Calendly.Support;

/// <summary>The body of <c>POST /auth/calendly/callback</c> (the seed's shape).</summary>
internal sealed record CallbackAnswer(bool Success, string Message, string Email);
