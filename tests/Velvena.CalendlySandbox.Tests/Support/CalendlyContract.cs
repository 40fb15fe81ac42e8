using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Velvena.CalendlySandbox.Tests.Support;

/// <summary>
/// Validates bodies against Calendly's own OpenAPI document: components.schemas rewritten as $defs of one
/// 2020-12 schema, then referenced by name or through a path's declared response schema.
/// </summary>
internal static class CalendlyContract
{
    private const string BaseUri = "https://calendly.sandbox.test/contract";
    private static readonly Lazy<(BuildOptions Build, JsonObject Paths)> Loaded = new(Load);
    private static readonly Dictionary<string, JsonSchema> Cache = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static void AssertMatchesSchema(string schemaName, string json)
    {
        var schema = SchemaFor(schemaName);
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.That(result.IsValid, Is.True, () => $"Body does not match {schemaName}:\n{Describe(result)}\n{json}");
    }

    /// <summary>Validates against the schema the document declares for this path, method and status.</summary>
    public static void AssertMatchesResponse(string path, string method, int status, string json) =>
        AssertMatchesSchema(ResponseSchemaName(path, method, status), json);

    public static string ResponseSchemaName(string path, string method, int status)
    {
        var reference = Loaded.Value.Paths[path]?[method]?["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]
            ?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"No schema for {method} {path} {status}.");
        return reference.Split('/')[^1];
    }

    private static JsonSchema SchemaFor(string name)
    {
        var build = Loaded.Value.Build;
        lock (Gate)
        {
            if (!Cache.TryGetValue(name, out var schema))
            {
                schema = JsonSchema.FromText($$"""{"$ref":"{{BaseUri}}#/$defs/{{name}}"}""", build);
                Cache[name] = schema;
            }

            return schema;
        }
    }

    private static (BuildOptions, JsonObject) Load()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Contracts", "calendly-api.json"));
        var document = JsonNode.Parse(text)!.AsObject();
        var schemas = document["components"]!["schemas"]!.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        var wrapped = $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"{{BaseUri}}","$defs":{{schemas}}}""";
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromText(wrapped, build);
        return (build, document["paths"]!.AsObject());
    }

    private static string Describe(EvaluationResults result) =>
        string.Join('\n', (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation} @ {d.EvaluationPath}: {string.Join("; ", d.Errors!.Values)}").Take(30));
}
