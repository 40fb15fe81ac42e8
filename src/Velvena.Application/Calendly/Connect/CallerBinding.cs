namespace Velvena.Application.Calendly.Connect;

/// <summary>Who must own the state being redeemed; null on the browser redirect, where the state itself proves it.</summary>
internal sealed record CallerBinding(Guid OrganizationId, string UserId);
