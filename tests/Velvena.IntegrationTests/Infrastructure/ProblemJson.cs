using System.Net.Http.Json;
using System.Text.Json;

namespace Velvena.IntegrationTests.Infrastructure;

internal static class ProblemJson
{
    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), "error bodies are RFC 9457 problem details");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
