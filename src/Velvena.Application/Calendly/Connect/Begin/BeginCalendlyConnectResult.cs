namespace Velvena.Application.Calendly.Connect.Begin;

public sealed record BeginCalendlyConnectResult(Uri AuthorizeUrl, string State, DateTime ExpiresAt);
