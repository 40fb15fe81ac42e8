namespace Velvena.CalendlySandbox.Api.Events;

public sealed record EventMembershipResource(string User, string UserEmail, string UserName);
