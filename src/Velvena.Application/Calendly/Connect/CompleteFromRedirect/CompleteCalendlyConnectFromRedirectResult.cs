namespace Velvena.Application.Calendly.Connect.CompleteFromRedirect;

public sealed record CompleteCalendlyConnectFromRedirectResult(bool Success, string Message, string? Email);
