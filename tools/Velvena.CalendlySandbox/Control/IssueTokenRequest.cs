namespace Velvena.CalendlySandbox.Control;

public sealed record IssueTokenRequest(string ClientId, Guid User);
