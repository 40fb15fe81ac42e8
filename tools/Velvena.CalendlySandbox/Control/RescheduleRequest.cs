namespace Velvena.CalendlySandbox.Control;

public sealed record RescheduleRequest(DateTimeOffset StartTime);
