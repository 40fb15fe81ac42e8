using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Velvena.CalendlySandbox.Webhooks;

namespace Velvena.IntegrationTests.Calendly.Webhooks;

/// <summary>A second loopback receiver subscribed at the sandbox: keeps each real signed delivery (body + header) to replay.</summary>
internal sealed class DeliveryRecorder : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    private DeliveryRecorder(string url)
    {
        Url = url;
        _listener.Prefixes.Add(url + "/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public ConcurrentQueue<(byte[] Body, string Signature)> Deliveries { get; } = new();

    public static async Task<DeliveryRecorder> SubscribeAsync(WebhookTestEnvironment environment)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var recorder = new DeliveryRecorder($"http://127.0.0.1:{port}/recorder");
        using var http = environment.Sandbox.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", environment.Sandbox.Seed.IssueTokens(environment.Client.ClientId, environment.Owner.Uuid).Access.Token);
        using var created = await http.PostAsJsonAsync("webhook_subscriptions", new Dictionary<string, object?>
        {
            ["url"] = recorder.Url,
            ["events"] = Velvena.Application.Calendly.Webhooks.Models.CalendlyWebhookEvents.Subscribed,
            ["organization"] = environment.Sandbox.Urls.Organization(environment.Owner.OrganizationUuid),
            ["scope"] = "organization",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        return recorder;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Deliveries.Enqueue((body.ToArray(), context.Request.Headers[WebhookSignature.HeaderName] ?? string.Empty));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
