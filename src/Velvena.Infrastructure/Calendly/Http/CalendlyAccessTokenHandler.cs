using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Calendly.Ports;

namespace Velvena.Infrastructure.Calendly.Http;

/// <summary>
/// Attaches the organization's access token to API calls that carry <see cref="CalendlyRequestProperties.OrganizationId"/>.
/// After a 401 it asks the token source again with the rejected token (which forces a refresh unless another caller
/// already replaced it) and sends the request once more. Calls without the property pass through untouched.
/// </summary>
internal sealed class CalendlyAccessTokenHandler(IServiceScopeFactory scopeFactory) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(CalendlyRequestProperties.OrganizationIdKey, out var organizationId))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        // The factory's handlers outlive any caller scope; a scope per call lets the token source use scoped services
        // (a DbContext) and persist a refreshed pair independently of the caller's unit of work.
        await using var scope = scopeFactory.CreateAsyncScope();
        var tokenSource = scope.ServiceProvider.GetRequiredService<ICalendlyAccessTokenSource>();

        var body = await BufferedContent.CaptureAsync(request.Content, cancellationToken);
        var token = await tokenSource.GetAccessTokenAsync(organizationId, null, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        var refreshed = await tokenSource.GetAccessTokenAsync(organizationId, token, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", refreshed);
        if (body is not null)
        {
            request.Content = body.Recreate();
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
