namespace Velvena.CalendlySandbox.Api.Events;

/// <summary>Deprecated by Calendly but still required by its Event schema.</summary>
public sealed record CalendarEventResource(string Kind, string ExternalId);
