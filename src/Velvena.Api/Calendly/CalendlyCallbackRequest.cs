namespace Velvena.Api.Calendly;

/// <summary>The seed's callback body, plus the <c>state</c> returned by <c>POST /auth/calendly/authorize</c>.</summary>
public sealed record CalendlyCallbackRequest(string? Code, string? State, Guid? OrganizationId, string? RedirectUri);
