using Velvena.Domain.Calendly;

namespace Velvena.IntegrationTests.Calendly.Webhooks;

[TestFixture]
public sealed class WebhookRestartTests
{
    [Test]
    public async Task Deliveries_acknowledged_but_not_processed_when_the_host_stops_are_processed_by_the_next_host()
    {
        await using var sandbox = await WebhookTestEnvironment.StartSandboxAsync();
        var databasePath = Path.Combine(Path.GetTempPath(), $"velvena-webhook-restart-{Guid.NewGuid():N}.db");
        var encryptionKey = WebhookTestEnvironment.NewEncryptionKey();
        try
        {
            Guid organizationId;
            List<string> booked;
            await using (var first = await WebhookTestEnvironment.StartAsync(
                new Dictionary<string, string?> { ["Calendly:Webhooks:ProcessInBackground"] = "false", ["Hangfire:RunServer"] = "false" },
                sandbox: sandbox, databasePath: databasePath, encryptionKey: encryptionKey))
            {
                await first.ConnectAsync();
                organizationId = first.OrganizationId;
                booked = [.. Enumerable.Range(0, 3).Select(i => first.Book($"relance{i}@example.fr", new DateTimeOffset(2030, 6, 1 + i, 9, 0, 0, TimeSpan.Zero)).InviteeUri)];
                await sandbox.Webhooks.WaitForIdleAsync();
                var inbox = await first.InboxAsync();
                Assert.That(inbox, Has.Count.EqualTo(3));
                Assert.That(inbox, Has.All.Matches<CalendlyWebhookInboxEntry>(e => e.ProcessedAtUtc == null), "the worker is paused: acknowledged, not processed");
                Assert.That(sandbox.Webhooks.DeliveryLog.Select(d => d.StatusCode), Is.All.EqualTo(202));
            }

            // A new process on the same database: its worker picks up what the previous one left.
            await using var second = await WebhookTestEnvironment.StartAsync(sandbox: sandbox, databasePath: databasePath, encryptionKey: encryptionKey);
            await Eventually.ThatAsync(async () => (await second.InboxAsync()).All(e => e.ProcessedAtUtc is not null), because: "the next host should process the leftovers");
            var processed = await second.InboxAsync();
            List<string> appointments = [];
            await second.Api.WithDbAsync(async db => appointments = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Appointments.Where(a => a.OrganizationId == organizationId).Select(a => a.CalendlyInviteeUri)));

            Assert.Multiple(() =>
            {
                Assert.That(processed, Has.All.Matches<CalendlyWebhookInboxEntry>(e => e.Outcome == CalendlyWebhookInboxOutcome.Recorded && e.OrganizationId == organizationId));
                Assert.That(appointments, Is.EquivalentTo(booked));
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(databasePath + suffix);
            }
        }
    }
}
