namespace Velvena.Infrastructure.Persistence.Configurations;

/// <summary>Column sizes shared by several configurations.</summary>
internal static class ColumnLengths
{
    /// <summary>Calendly resource URIs (invitees, events, users, organizations, webhooks) and self-service links.</summary>
    public const int Uri = 512;

    /// <summary>Short vocabulary values (prospect status, source and type; Calendly canceler type; mode).</summary>
    public const int Code = 32;

    /// <summary>Event type names and user identifiers.</summary>
    public const int Name = 256;

    /// <summary>Location text or join URL: free text, but under the SQL Server nvarchar(4000) page limit.</summary>
    public const int Location = 2048;

    /// <summary>UTM values.</summary>
    public const int Tracking = 256;

    /// <summary>IANA time zone identifiers are at most ~32 characters.</summary>
    public const int TimeZone = 64;
}
