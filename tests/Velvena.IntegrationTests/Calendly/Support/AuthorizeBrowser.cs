using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace Velvena.IntegrationTests.Calendly.Support;

/// <summary>Plays the browser: follows the authorize URL to the sandbox (auto-approve) and reads the redirect back.</summary>
internal static class AuthorizeBrowser
{
    public static async Task<(string Code, string State)> AuthorizeAsync(Uri authorizationUrl)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler);
        using var response = await browser.GetAsync(authorizationUrl);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the sandbox should redirect back with a code");
        var location = response.Headers.Location!;
        Assert.That(location.GetLeftPart(UriPartial.Path), Is.EqualTo(CalendlyClientHarness.RedirectUri));
        var query = QueryHelpers.ParseQuery(location.Query);
        return (query["code"].ToString(), query["state"].ToString());
    }
}
