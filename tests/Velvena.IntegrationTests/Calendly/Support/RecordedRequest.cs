namespace Velvena.IntegrationTests.Calendly.Support;

internal sealed record RecordedRequest(HttpMethod Method, string PathAndQuery, int? StatusCode);
