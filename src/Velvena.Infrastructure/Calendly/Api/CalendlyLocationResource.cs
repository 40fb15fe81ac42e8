using System.Text.Json.Serialization;

namespace Velvena.Infrastructure.Calendly.Api;

/// <summary>
/// Calendly's location, polymorphic on <c>type</c>, read flat: every known and unknown type parses, and the string
/// members we use are kept (<c>zoom</c> and the spec's <c>zoom_conference</c> alike).
/// </summary>
[JsonConverter(typeof(CalendlyLocationResourceConverter))]
internal sealed class CalendlyLocationResource
{
    public string? Type { get; init; }
    public string? Location { get; init; }
    public string? JoinUrl { get; init; }
    public string? Status { get; init; }
    public string? AdditionalInfo { get; init; }
}
