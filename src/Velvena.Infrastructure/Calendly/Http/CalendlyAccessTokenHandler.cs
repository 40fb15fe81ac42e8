using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Calendly.Ports;
using Velvena.Infrastructure.Calendly.Tokens;

namespace Velvena.Infrastructure.Calendly.Http;

/// <summary>
/// Attaches the organization's access token to API calls that carry <see cref="CalendlyRequestProperties.OrganizationId"/>:
/// the one <see cref="CalendlyAccessTokenCache"/> holds if any, otherwise the token source's. After a 401 it asks the
/// token source again with the rejected token (which evicts it from the cache and forces a refresh unless another
/// caller already replaced it) and sends the request once more. Calls without the property pass through untouched.
/// </summary>
internal sealed class CalendlyAccessTokenHandler(IServiceScopeFactory scopeFactory, CalendlyAccessTokenCache cache) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(CalendlyRequestProperties.OrganizationIdKey, out var organizationId))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var body = await BufferedContent.CaptureAsync(request.Content, cancellationToken);
        var token = cache.TryGet(organizationId, out var cached)
            ? cached
            : await AskTokenSourceAsync(organizationId, rejectedToken: null, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        var refreshed = await AskTokenSourceAsync(organizationId, token, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", refreshed);
        if (body is not null)
        {
            request.Content = body.Recreate();
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<string> AskTokenSourceAsync(Guid organizationId, string? rejectedToken, CancellationToken cancellationToken)
    {
        // The factory's handlers outlive any caller scope; a scope per question lets the token source use scoped services
        // (a DbContext) and persist a refreshed pair independently of the caller's unit of work.
        await using var scope = scopeFactory.CreateAsyncScope();
        var tokenSource = scope.ServiceProvider.GetRequiredService<ICalendlyAccessTokenSource>();
        return await tokenSource.GetAccessTokenAsync(organizationId, rejectedToken, cancellationToken);
    }
}
