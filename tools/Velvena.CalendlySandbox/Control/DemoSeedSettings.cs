namespace Velvena.CalendlySandbox.Control;

/// <summary>What a standalone sandbox seeds at start, so the product's local defaults work out of the box (dev-only fake secrets).</summary>
public sealed record DemoSeedSettings
{
    public string ClientId { get; init; } = "velvena-local";
    public string ClientSecret { get; init; } = "velvena-local-secret";
    public string RedirectUri { get; init; } = "http://localhost:5080/auth/calendly/callback";
    public string SigningKey { get; init; } = "velvena-local-webhook-signing-key";
    public string UserName { get; init; } = "Camille Martin";
    public string UserEmail { get; init; } = "camille.martin@velvena.example";
    public string OrganizationName { get; init; } = "Velvena Démo";
    public bool AutoApprove { get; init; }
}
