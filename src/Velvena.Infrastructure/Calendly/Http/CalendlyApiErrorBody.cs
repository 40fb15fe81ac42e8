namespace Velvena.Infrastructure.Calendly.Http;

/// <summary>Calendly's error body: <c>{title, message, details[], required_scopes?}</c>.</summary>
internal sealed class CalendlyApiErrorBody
{
    public string? Title { get; init; }
    public string? Message { get; init; }
    public IReadOnlyList<string>? RequiredScopes { get; init; }
}
