namespace Velvena.Infrastructure.Calendly.Auth;

/// <summary>RFC 6749 error body: <c>{error, error_description}</c>.</summary>
internal sealed class CalendlyOAuthErrorBody
{
    public string? Error { get; init; }
    public string? ErrorDescription { get; init; }
}
