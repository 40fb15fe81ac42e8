namespace Velvena.Application.Calendly.Models;

public sealed record CalendlyScheduledEvent(
    string Uri,
    string Name,
    string Status,
    DateTime StartTimeUtc,
    DateTime EndTimeUtc,
    string? EventType,
    CalendlyLocation? Location,
    int InviteesTotal,
    int InviteesActive,
    int InviteesLimit,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc,
    IReadOnlyList<string> MemberUserUris,
    CalendlyCancellation? Cancellation);
