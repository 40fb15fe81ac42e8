namespace Velvena.CalendlySandbox.Api.Events;

public sealed record CancellationResource(string CanceledBy, string? Reason, string CancelerType, DateTimeOffset CreatedAt);
