using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Velvena.Bench.Hosting;

/// <summary>
/// Connects a Velvena organization to a Calendly user through the real flow: POST /auth/calendly/authorize, the
/// sandbox's consent (auto-approved, <c>login_hint</c> names the user), then POST /auth/calendly/callback.
/// </summary>
public sealed class CalendlyConnector(BenchApi api) : IDisposable
{
    private readonly HttpClient _browser = new(new HttpClientHandler { AllowAutoRedirect = false });

    public async Task ConnectAsync(Guid organizationId, Guid calendlyUser, CancellationToken cancellationToken = default)
    {
        using var client = api.ClientFor(organizationId);
        using var begin = await client.PostAsync(new Uri("auth/calendly/authorize", UriKind.Relative), null, cancellationToken);
        await EnsureAsync(begin, "POST /auth/calendly/authorize", cancellationToken);
        using var started = JsonDocument.Parse(await begin.Content.ReadAsStringAsync(cancellationToken));
        var authorizeUrl = started.RootElement.GetProperty("authorizeUrl").GetString()!;
        var consent = QueryHelpers.AddQueryString(authorizeUrl, "login_hint", calendlyUser.ToString());
        using var redirect = await _browser.GetAsync(new Uri(consent), cancellationToken);
        if (redirect.StatusCode != HttpStatusCode.Redirect || redirect.Headers.Location is null)
        {
            throw new InvalidOperationException($"The sandbox consent answered {(int)redirect.StatusCode} instead of redirecting back.");
        }

        var query = QueryHelpers.ParseQuery(redirect.Headers.Location.Query);
        using var callback = await client.PostAsJsonAsync(
            new Uri("auth/calendly/callback", UriKind.Relative), new { code = query["code"].ToString(), state = query["state"].ToString() }, cancellationToken);
        await EnsureAsync(callback, "POST /auth/calendly/callback", cancellationToken);
    }

    public void Dispose() => _browser.Dispose();

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {body}");
        }
    }
}
