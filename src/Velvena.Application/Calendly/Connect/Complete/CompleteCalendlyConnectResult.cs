namespace Velvena.Application.Calendly.Connect.Complete;

/// <summary>The seed's answer shape.</summary>
public sealed record CompleteCalendlyConnectResult(bool Success, string Message, string Email);
