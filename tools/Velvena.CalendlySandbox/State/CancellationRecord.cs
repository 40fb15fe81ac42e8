namespace Velvena.CalendlySandbox.State;

/// <summary>canceler_type is "host" or "invitee".</summary>
public sealed record CancellationRecord(string CanceledBy, string? Reason, string CancelerType, DateTimeOffset CreatedAt);
