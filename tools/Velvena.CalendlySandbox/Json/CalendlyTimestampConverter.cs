using System.Text.Json;
using System.Text.Json.Serialization;

namespace Velvena.CalendlySandbox.Json;

internal sealed class CalendlyTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CalendlyTime.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException("Expected an ISO 8601 timestamp.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToCalendlyString());
}
