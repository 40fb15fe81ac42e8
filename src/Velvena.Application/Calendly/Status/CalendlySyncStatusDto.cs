namespace Velvena.Application.Calendly.Status;

/// <param name="LastRun">The latest sync run with its counts; null before the first one.</param>
public sealed record CalendlySyncStatusDto(string Status, DateTime? AtUtc, string? Error, CalendlySyncRunDto? LastRun);
