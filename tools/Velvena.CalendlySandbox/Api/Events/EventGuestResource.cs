namespace Velvena.CalendlySandbox.Api.Events;

public sealed record EventGuestResource(string Email, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
