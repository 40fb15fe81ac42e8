using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Calendly.Webhooks.Inbox;
using Velvena.Application.Calendly.Webhooks.Inbox.Accept;
using Velvena.Application.Calendly.Webhooks.Ports;
using Velvena.Domain.Calendly;
using Velvena.Infrastructure.Persistence;
using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Calendly.Webhooks;

/// <summary>
/// The inbox's group commit: several deliveries per transaction, each answered only after its transaction committed;
/// a failed batch refuses only its own deliveries; copies of one delivery are one row, in one batch or across batches.
/// A held commit makes the batches' composition deterministic: what is queued while it is held forms the next batch.
/// </summary>
[TestFixture]
public sealed class WebhookInboxWriterTests
{
    private const string SigningKey = "webhook-signing-key-for-inbox-writer-tests";
    private readonly CommitGate _gate = new();
    private VelvenaApiFactory _api = null!;
    private ICalendlyWebhookInboxWriter _writer = null!;

    [SetUp]
    public void Start()
    {
        _api = new VelvenaApiFactory(
            new Dictionary<string, string?>
            {
                ["CALENDLY_WEBHOOK_SIGNING_KEY"] = SigningKey,
                ["Calendly:Webhooks:ProcessInBackground"] = "false",
                ["Hangfire:RunServer"] = "false",
            },
            configureServices: services => services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(_gate)));
        _writer = _api.Services.GetRequiredService<ICalendlyWebhookInboxWriter>();
    }

    [TearDown]
    public async Task Stop()
    {
        _gate.Release();
        await _api.DisposeAsync();
    }

    [Test]
    public async Task A_delivery_is_acknowledged_only_after_its_batch_committed()
    {
        _gate.HoldNext();
        var write = _writer.WriteAsync(Entry("https://api.calendly.com/invitees/held"));
        await _gate.Reached;

        Assert.That(write.IsCompleted, Is.False, "the transaction holding the delivery has not committed yet");
        Assert.That(await InboxAsync(), Is.Empty, "an uncommitted row is invisible to other connections");

        _gate.Release();
        var result = await write;

        var stored = await InboxAsync();
        Assert.Multiple(() =>
        {
            Assert.That(result.Duplicate, Is.False);
            Assert.That(stored.Select(e => e.Id), Is.EqualTo(Ids(result.EntryId)));
        });
    }

    [Test]
    public async Task A_failing_batch_refuses_its_deliveries_as_retryable_and_the_next_batch_is_stored()
    {
        _gate.HoldNext(fail: true);
        var failing = _writer.WriteAsync(Entry("https://api.calendly.com/invitees/failing"));
        await _gate.Reached;
        var next = Invitees("next-1", "next-2", "next-3").Select(uri => _writer.WriteAsync(Entry(uri))).ToArray();

        _gate.Release();

        Assert.That(async () => await failing, Throws.TypeOf<CalendlyWebhookInboxUnavailableException>());
        var stored = await Task.WhenAll(next);
        var inbox = await InboxAsync();
        Assert.Multiple(() =>
        {
            Assert.That(inbox.Select(e => e.InviteeUri), Is.EquivalentTo(Invitees("next-1", "next-2", "next-3")));
            Assert.That(stored.Select(r => r.EntryId), Is.EquivalentTo(inbox.Select(e => e.Id)));
        });

        // Calendly's retry of the refused delivery is stored like any other.
        var retried = await _writer.WriteAsync(Entry("https://api.calendly.com/invitees/failing"));
        Assert.That((await InboxAsync()).Select(e => e.Id), Does.Contain(retried.EntryId));
    }

    [Test]
    public async Task A_row_the_database_refuses_fails_alone_and_the_rest_of_its_batch_is_stored()
    {
        var taken = await _writer.WriteAsync(Entry("https://api.calendly.com/invitees/first"));
        _gate.HoldNext();
        var filler = _writer.WriteAsync(Entry("https://api.calendly.com/invitees/filler"));
        await _gate.Reached;
        var before = _writer.WriteAsync(Entry("https://api.calendly.com/invitees/before"));
        var refused = _writer.WriteAsync(Entry("https://api.calendly.com/invitees/refused", id: taken.EntryId));
        var after = _writer.WriteAsync(Entry("https://api.calendly.com/invitees/after"));

        _gate.Release();
        await filler;

        Assert.That(async () => await refused, Throws.TypeOf<CalendlyWebhookInboxUnavailableException>(), "its primary key is already taken");
        await Task.WhenAll(before, after);
        Assert.That((await InboxAsync()).Select(e => e.InviteeUri), Is.EquivalentTo(Invitees("first", "filler", "before", "after")));
    }

    [Test]
    public async Task Copies_of_one_delivery_in_one_batch_and_across_batches_are_one_row()
    {
        var createdAt = new DateTime(2030, 3, 4, 5, 6, 7, DateTimeKind.Utc).AddTicks(1234567);
        _gate.HoldNext();
        var filler = _writer.WriteAsync(Entry("https://api.calendly.com/invitees/filler"));
        await _gate.Reached;
        var copies = Enumerable.Range(0, 4).Select(_ => _writer.WriteAsync(Entry("https://api.calendly.com/invitees/copied", createdAt))).ToArray();
        var other = _writer.WriteAsync(Entry("https://api.calendly.com/invitees/copied", createdAt.AddSeconds(1)));

        _gate.Release();
        await filler;
        var inBatch = await Task.WhenAll(copies);
        var later = await _writer.WriteAsync(Entry("https://api.calendly.com/invitees/copied", createdAt));

        var rows = (await InboxAsync()).Where(e => e.InviteeUri == "https://api.calendly.com/invitees/copied").ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(inBatch.Select(r => r.EntryId).Distinct().Count(), Is.EqualTo(1), "every copy answers with the one stored entry");
            Assert.That(inBatch.Count(r => !r.Duplicate), Is.EqualTo(1));
            Assert.That(later, Is.EqualTo(new AcceptCalendlyWebhookResult(inBatch[0].EntryId, Duplicate: true)));
            Assert.That(rows.Select(e => e.Id), Is.EquivalentTo(Ids(inBatch[0].EntryId, (await other).EntryId)), "the other created_at is another delivery");
            Assert.That(rows.Single(e => e.Id == inBatch[0].EntryId).DeliveryCreatedAtUtc, Is.EqualTo(createdAt));
        });
    }

    [Test]
    public async Task A_signed_delivery_the_inbox_cannot_store_is_answered_503_and_not_acknowledged()
    {
        using var client = _api.CreateClient();
        var body = SignedDelivery.Envelope("invitee.created", "https://api.calendly.com/invitees/unstored", DateTimeOffset.UtcNow);

        _gate.HoldNext(fail: true);
        _gate.Release();
        using var refused = await PostAsync(client, body);
        using var retried = await PostAsync(client, body);

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(refused.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(refused.Headers.RetryAfter, Is.Not.Null);
            Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That((await InboxAsync()).Select(e => e.InviteeUri), Is.EqualTo(Invitees("unstored")));
        });
    }

    private static CalendlyWebhookInboxEntry Entry(string inviteeUri, DateTime? createdAt = null, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), "invitee.created", inviteeUri, createdAt ?? new DateTime(2030, 1, 1, 9, 0, 0, DateTimeKind.Utc), "{}", DateTime.UtcNow);

    private static string[] Invitees(params string[] names) => [.. names.Select(n => $"https://api.calendly.com/invitees/{n}")];

    private static Guid[] Ids(params Guid[] ids) => ids;

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/calendly") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Calendly-Webhook-Signature", SignedDelivery.Sign(SigningKey, DateTimeOffset.UtcNow, body));
        return await client.SendAsync(request);
    }

    private async Task<List<CalendlyWebhookInboxEntry>> InboxAsync()
    {
        List<CalendlyWebhookInboxEntry> entries = [];
        await _api.WithDbAsync(async db => entries = await db.CalendlyWebhookInbox.AsNoTracking().ToListAsync());
        return entries;
    }
}
