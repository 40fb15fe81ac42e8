using Velvena.Domain.Calendly;

namespace Velvena.UnitTests.Calendly.Sync;

[TestFixture]
public sealed class CalendlySyncRunTests
{
    private static readonly DateTime Started = new(2030, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public void An_open_run_is_closed_as_interrupted()
    {
        var run = new CalendlySyncRun(Guid.NewGuid(), Guid.NewGuid(), Started);

        run.Interrupt(Started.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(run.Outcome, Is.EqualTo(CalendlySyncOutcome.Interrupted));
            Assert.That(run.FinishedAtUtc, Is.EqualTo(Started.AddHours(1)));
            Assert.That(run.Error, Is.EqualTo(CalendlySyncRun.InterruptedError));
        });
    }

    [Test]
    public void A_finished_run_is_never_rewritten_as_interrupted()
    {
        var run = new CalendlySyncRun(Guid.NewGuid(), Guid.NewGuid(), Started);
        run.Finish(CalendlySyncOutcome.Succeeded, CalendlySyncCounts.Zero, null, Started.AddMinutes(1));

        run.Interrupt(Started.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(run.Outcome, Is.EqualTo(CalendlySyncOutcome.Succeeded));
            Assert.That(run.FinishedAtUtc, Is.EqualTo(Started.AddMinutes(1)));
            Assert.That(run.Error, Is.Null);
        });
    }
}
