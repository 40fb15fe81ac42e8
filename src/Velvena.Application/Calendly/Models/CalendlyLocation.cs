namespace Velvena.Application.Calendly.Models;

/// <summary>Calendly's polymorphic location, flattened: unknown types keep their <see cref="Type"/> and parse anyway.</summary>
public sealed record CalendlyLocation(string? Type, string? Location, string? JoinUrl, string? Status, string? AdditionalInfo);
