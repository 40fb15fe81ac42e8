using System.Globalization;

namespace Velvena.CalendlySandbox.Json;

/// <summary>Calendly writes every timestamp in UTC with six fractional digits, e.g. 2020-01-02T03:04:05.678123Z.</summary>
public static class CalendlyTime
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static string ToCalendlyString(this DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    /// <summary>Drops sub-microsecond ticks so stored times round-trip exactly through the wire format.</summary>
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % 10), TimeSpan.Zero);
}
