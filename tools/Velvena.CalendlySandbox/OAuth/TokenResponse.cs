namespace Velvena.CalendlySandbox.OAuth;

/// <summary>Calendly's token response; created_at is Unix seconds.</summary>
public sealed record TokenResponse(
    string TokenType,
    string AccessToken,
    string RefreshToken,
    long ExpiresIn,
    long CreatedAt,
    string Scope,
    string Owner,
    string Organization);
