namespace Velvena.Infrastructure.Calendly.Auth;

/// <summary><c>POST /oauth/token</c> 200 body. <see cref="CreatedAt"/> is in Unix seconds.</summary>
internal sealed class CalendlyTokenResponse
{
    public string? TokenType { get; init; }
    public string? AccessToken { get; init; }
    public string? RefreshToken { get; init; }
    public long? ExpiresIn { get; init; }
    public long? CreatedAt { get; init; }
    public string? Scope { get; init; }
    public string? Owner { get; init; }
    public string? Organization { get; init; }

    public override string ToString() => $"{nameof(CalendlyTokenResponse)} {{ Owner = {Owner}, Organization = {Organization} }}";
}
