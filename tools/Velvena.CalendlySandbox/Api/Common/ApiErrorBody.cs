using System.Text.Json.Serialization;

namespace Velvena.CalendlySandbox.Api.Common;

/// <summary>Calendly's error shape: {title, message, details?}.</summary>
public sealed record ApiErrorBody(string Title, string Message)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ErrorDetail>? Details { get; init; }
}
