using System.Text.Json;

namespace Velvena.IntegrationTests.Calendly.Support;

/// <summary>The body of <c>GET /integrations/calendly</c>, raw (to look for tokens) and parsed.</summary>
internal sealed record JsonStatus(string Text, JsonElement Json)
{
    public bool Connected => Json.GetProperty("connected").GetBoolean();

    public bool ReauthorizationRequired => Json.GetProperty("reauthorizationRequired").GetBoolean();

    public string? ReauthorizationReason => Json.GetProperty("reauthorizationReason").GetString();

    public bool RemoteRevocationFailed => Json.GetProperty("remoteRevocationFailed").GetBoolean();
}
