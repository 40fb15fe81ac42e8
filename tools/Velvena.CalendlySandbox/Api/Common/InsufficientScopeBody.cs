namespace Velvena.CalendlySandbox.Api.Common;

public sealed record InsufficientScopeBody(string Title, string Message, IReadOnlyList<string> RequiredScopes);
