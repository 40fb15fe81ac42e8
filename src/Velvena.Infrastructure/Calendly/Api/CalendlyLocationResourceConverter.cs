using System.Text.Json;
using System.Text.Json.Serialization;

namespace Velvena.Infrastructure.Calendly.Api;

/// <summary>Reads only string members of a location object, so a type that puts an object under <c>location</c> still parses.</summary>
internal sealed class CalendlyLocationResourceConverter : JsonConverter<CalendlyLocationResource>
{
    public override CalendlyLocationResource? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new CalendlyLocationResource
        {
            Type = Text(root, "type"),
            Location = Text(root, "location"),
            JoinUrl = Text(root, "join_url"),
            Status = Text(root, "status"),
            AdditionalInfo = Text(root, "additional_info"),
        };
    }

    public override void Write(Utf8JsonWriter writer, CalendlyLocationResource value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        Write(writer, "type", value.Type);
        Write(writer, "location", value.Location);
        Write(writer, "join_url", value.JoinUrl);
        Write(writer, "status", value.Status);
        Write(writer, "additional_info", value.AdditionalInfo);
        writer.WriteEndObject();
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Write(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
