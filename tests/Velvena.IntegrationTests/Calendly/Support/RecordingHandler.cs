namespace Velvena.IntegrationTests.Calendly.Support;

/// <summary>Observes real requests innermost in a client's chain; it never answers by itself.</summary>
internal sealed class RecordingHandler(RequestRecorder recorder) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            recorder.Requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!.PathAndQuery, (int)response.StatusCode));
            return response;
        }
        catch (Exception)
        {
            recorder.Requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!.PathAndQuery, null));
            throw;
        }
    }
}
