using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Velvena.IntegrationTests.Calendly.Support;
using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Calendly.Webhooks;

/// <summary>Only authentic, fresh, reasonably sized deliveries are stored; the rest changes nothing.</summary>
[TestFixture]
public sealed class WebhookSignatureTests
{
    private const string SigningKey = "webhook-signing-key-for-signature-tests";
    private readonly CapturingLoggerProvider _logs = new();
    private VelvenaApiFactory _api = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void Start()
    {
        _api = new VelvenaApiFactory(
            new Dictionary<string, string?>
            {
                ["CALENDLY_WEBHOOK_SIGNING_KEY"] = SigningKey,
                ["Calendly:Webhooks:MaxBodyBytes"] = "4096",
                ["Logging:LogLevel:Default"] = "Debug",
            },
            configureServices: services => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(services, _logs));
        _client = _api.CreateClient();
    }

    [TearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _api.DisposeAsync();
    }

    [Test]
    public async Task A_correctly_signed_delivery_is_stored_and_acknowledged()
    {
        var body = SignedDelivery.Envelope("invitee.created", "https://api.calendly.com/invitees/a", DateTimeOffset.UtcNow);

        using var response = await PostAsync(body, SignedDelivery.Sign(SigningKey, DateTimeOffset.UtcNow, body));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(await InboxCountAsync(), Is.EqualTo(1));
    }

    [TestCase("forged")]
    [TestCase("missing")]
    [TestCase("other key")]
    [TestCase("stale")]
    [TestCase("future")]
    [TestCase("malformed")]
    [TestCase("body changed")]
    public async Task A_delivery_without_a_valid_fresh_signature_is_refused_and_nothing_is_stored(string variant)
    {
        var now = DateTimeOffset.UtcNow;
        var body = SignedDelivery.Envelope("invitee.created", "https://api.calendly.com/invitees/b", now);
        var signature = variant switch
        {
            "forged" => "t=" + now.ToUnixTimeSeconds() + ",v1=" + new string('a', 64),
            "missing" => null,
            "other key" => SignedDelivery.Sign("another-app-signing-key", now, body),
            "stale" => SignedDelivery.Sign(SigningKey, now.AddMinutes(-4), body),
            "future" => SignedDelivery.Sign(SigningKey, now.AddMinutes(4), body),
            "malformed" => "v1=zz,t=yesterday",
            _ => SignedDelivery.Sign(SigningKey, now, body),
        };
        if (variant == "body changed")
        {
            body = SignedDelivery.Envelope("invitee.created", "https://api.calendly.com/invitees/c", now);
        }

        using var response = await PostAsync(body, signature);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await InboxCountAsync(), Is.Zero);
        if (signature is not null)
        {
            Assert.That(_logs.Lines, Has.None.Contains(signature));
        }
    }

    [Test]
    public async Task An_oversized_body_is_refused_with_413_before_anything_is_stored()
    {
        var body = Encoding.UTF8.GetBytes("{\"event\":\"invitee.created\",\"padding\":\"" + new string('x', 5000) + "\"}");

        using var response = await PostAsync(body, SignedDelivery.Sign(SigningKey, DateTimeOffset.UtcNow, body));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await InboxCountAsync(), Is.Zero);
    }

    [Test]
    public async Task An_oversized_chunked_body_without_a_length_is_refused_too()
    {
        var body = Encoding.UTF8.GetBytes(new string('x', 10_000));
        using var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/calendly") { Content = new StreamContent(new MemoryStream(body)) };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("Calendly-Webhook-Signature", SignedDelivery.Sign(SigningKey, DateTimeOffset.UtcNow, body));

        using var response = await _client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await InboxCountAsync(), Is.Zero);
    }

    [TestCase("not json at all")]
    [TestCase("{\"event\":\"invitee_no_show.created\",\"created_at\":\"2030-01-01T00:00:00.000000Z\",\"payload\":{\"uri\":\"https://api.calendly.com/invitees/d\"}}")]
    [TestCase("{\"event\":\"invitee.created\",\"created_at\":\"2030-01-01T00:00:00.000000Z\",\"payload\":{}}")]
    public async Task An_authentic_but_useless_body_is_acknowledged_and_ignored(string text)
    {
        var body = Encoding.UTF8.GetBytes(text);

        using var response = await PostAsync(body, SignedDelivery.Sign(SigningKey, DateTimeOffset.UtcNow, body));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await InboxCountAsync(), Is.Zero);
    }

    [Test]
    public async Task The_same_delivery_twice_is_one_inbox_entry()
    {
        var body = SignedDelivery.Envelope("invitee.canceled", "https://api.calendly.com/invitees/e", DateTimeOffset.UtcNow);
        for (var i = 0; i < 2; i++)
        {
            using var response = await PostAsync(body, SignedDelivery.Sign(SigningKey, DateTimeOffset.UtcNow, body));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        }

        Assert.That(await InboxCountAsync(), Is.EqualTo(1));
        Assert.That(_logs.Lines, Has.None.Contains(SigningKey));
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/calendly") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Calendly-Webhook-Signature", signature);
        }

        return await _client.SendAsync(request);
    }

    private async Task<int> InboxCountAsync()
    {
        var count = 0;
        await _api.WithDbAsync(async db => count = await db.CalendlyWebhookInbox.CountAsync());
        return count;
    }
}
