namespace Velvena.CalendlySandbox.Webhooks;

public static class DeliveryOutcome
{
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string TimedOut = "timed_out";
    public const string Gone = "gone_subscription_deleted";
    public const string Dropped = "dropped_by_fault";
    public const string SubscriptionDisabled = "subscription_disabled";
    public const string Skipped = "skipped_subscription_inactive";
}
