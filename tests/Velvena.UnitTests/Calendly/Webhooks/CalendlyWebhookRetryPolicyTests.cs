using Velvena.Application.Calendly.Webhooks.Models;

namespace Velvena.UnitTests.Calendly.Webhooks;

[TestFixture]
public sealed class CalendlyWebhookRetryPolicyTests
{
    private static readonly CalendlyWebhookRetryPolicy Defaults = new(10, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1));

    [Test]
    public void The_wait_doubles_after_each_failure_up_to_the_cap()
    {
        var waits = Enumerable.Range(1, 9).Select(failures => Defaults.DelayAfter(failures)).ToList();

        Assert.That(waits, Is.EqualTo(new TimeSpan?[]
        {
            TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8),
            TimeSpan.FromMinutes(16), TimeSpan.FromMinutes(32), TimeSpan.FromHours(1), TimeSpan.FromHours(1),
        }));
    }

    [Test]
    public void No_wait_is_left_after_the_last_allowed_attempt()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Defaults.DelayAfter(10), Is.Null);
            Assert.That(Defaults.DelayAfter(11), Is.Null);
            Assert.That(new CalendlyWebhookRetryPolicy(1, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1)).DelayAfter(1), Is.Null);
        });
    }

    [Test]
    public void Many_failures_never_overflow_the_cap()
    {
        var policy = new CalendlyWebhookRetryPolicy(int.MaxValue, TimeSpan.FromDays(1), TimeSpan.FromDays(2));

        Assert.That(policy.DelayAfter(1000), Is.EqualTo(TimeSpan.FromDays(2)));
    }
}
