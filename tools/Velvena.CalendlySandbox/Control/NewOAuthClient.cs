namespace Velvena.CalendlySandbox.Control;

public sealed record NewOAuthClient(
    string? ClientId = null,
    string? ClientSecret = null,
    IReadOnlyList<string>? RedirectUris = null,
    IReadOnlyList<string>? Scopes = null,
    string? SigningKey = null,
    bool AutoApprove = false,
    Guid? DefaultUser = null)
{
    public static readonly IReadOnlyList<string> AllProjectScopes = ["users:read", "scheduled_events:read", "webhooks:write"];
}
