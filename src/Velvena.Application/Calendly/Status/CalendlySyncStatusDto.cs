namespace Velvena.Application.Calendly.Status;

public sealed record CalendlySyncStatusDto(string Status, DateTime? AtUtc, string? Error);
