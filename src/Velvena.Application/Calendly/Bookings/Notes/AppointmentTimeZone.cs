namespace Velvena.Application.Calendly.Bookings.Notes;

/// <summary>The organization's time zone for writing dates; UTC when the id is unknown on this machine.</summary>
internal static class AppointmentTimeZone
{
    public static TimeZoneInfo Find(string? ianaId)
    {
        if (string.IsNullOrWhiteSpace(ianaId))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            // IANA ids resolve on Linux and macOS, and on Windows through ICU (.NET 6+).
            return TimeZoneInfo.FindSystemTimeZoneById(ianaId.Trim());
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
        catch (InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
