namespace Velvena.Domain.Prospects;

/// <summary>What Calendly says about the meeting itself: which event, when, where.</summary>
public sealed record AppointmentDetails(string EventUri, string EventName, DateTime StartUtc, DateTime EndUtc, string? Location);
