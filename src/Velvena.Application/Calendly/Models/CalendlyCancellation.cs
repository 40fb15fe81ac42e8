namespace Velvena.Application.Calendly.Models;

public sealed record CalendlyCancellation(string? CanceledBy, string? Reason, string? CancelerType, DateTime? CreatedAtUtc);
