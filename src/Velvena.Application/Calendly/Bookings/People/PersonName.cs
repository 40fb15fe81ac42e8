namespace Velvena.Application.Calendly.Bookings.People;

/// <summary>A prospect's name as Velvena stores it; either part may be empty, never null.</summary>
internal sealed record PersonName(string FirstName, string LastName);
