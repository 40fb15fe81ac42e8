using System.Text;
using System.Text.Json.Nodes;

namespace Velvena.CalendlySandbox.Tests.Support;

internal sealed record ReceivedWebhook(byte[] Body, string Signature)
{
    public string Text => Encoding.UTF8.GetString(Body);
    public JsonNode Json => JsonNode.Parse(Body)!;
}
