namespace Velvena.CalendlySandbox.Control;

public sealed record CancelRequest(string? Reason = null, string? CanceledBy = null);
