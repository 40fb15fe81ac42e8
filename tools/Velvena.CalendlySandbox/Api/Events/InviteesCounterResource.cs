namespace Velvena.CalendlySandbox.Api.Events;

public sealed record InviteesCounterResource(int Total, int Active, int Limit);
