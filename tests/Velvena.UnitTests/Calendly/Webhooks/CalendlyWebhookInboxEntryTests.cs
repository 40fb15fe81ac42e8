using Velvena.Domain.Calendly;

namespace Velvena.UnitTests.Calendly.Webhooks;

[TestFixture]
public sealed class CalendlyWebhookInboxEntryTests
{
    private static readonly DateTime Now = new(2030, 1, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Organization = Guid.NewGuid();

    [Test]
    public void A_given_up_entry_is_terminal_and_keeps_what_went_wrong()
    {
        var entry = NewEntry();
        entry.RecordAttemptFailed("TimeoutException: first", Organization, Now.AddSeconds(30));

        entry.GiveUp("TimeoutException: second", null, Now.AddMinutes(1));

        Assert.Multiple(() =>
        {
            Assert.That(entry.Outcome, Is.EqualTo(CalendlyWebhookInboxOutcome.GaveUp));
            Assert.That(entry.ProcessedAtUtc, Is.EqualTo(Now.AddMinutes(1)));
            Assert.That(entry.Attempts, Is.EqualTo(2));
            Assert.That(entry.NextAttemptAtUtc, Is.Null);
            Assert.That(entry.OrganizationId, Is.EqualTo(Organization), "an organization found by an earlier attempt is kept");
            Assert.That(entry.LastError, Is.EqualTo("TimeoutException: second"));
        });
    }

    [Test]
    public void Requeuing_gives_a_given_up_entry_a_fresh_set_of_attempts()
    {
        var entry = NewEntry();
        entry.GiveUp("TimeoutException: gone", Organization, Now);

        Assert.That(entry.Requeue(), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(entry.Outcome, Is.Null);
            Assert.That(entry.ProcessedAtUtc, Is.Null);
            Assert.That(entry.Attempts, Is.Zero);
            Assert.That(entry.NextAttemptAtUtc, Is.Null);
            Assert.That(entry.LastError, Is.EqualTo("TimeoutException: gone"));
        });
    }

    [Test]
    public void Only_given_up_entries_are_requeued()
    {
        var recorded = NewEntry();
        recorded.MarkProcessed(CalendlyWebhookInboxOutcome.Recorded, Organization, Now);
        var pending = NewEntry();

        Assert.Multiple(() =>
        {
            Assert.That(recorded.Requeue(), Is.False);
            Assert.That(recorded.Outcome, Is.EqualTo(CalendlyWebhookInboxOutcome.Recorded));
            Assert.That(pending.Requeue(), Is.False);
        });
    }

    private static CalendlyWebhookInboxEntry NewEntry() =>
        new(Guid.NewGuid(), "invitee.created", "https://api.calendly.com/scheduled_events/E1/invitees/I1", Now.AddMinutes(-1), "{}", Now);
}
