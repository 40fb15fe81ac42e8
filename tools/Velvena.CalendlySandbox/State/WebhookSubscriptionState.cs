namespace Velvena.CalendlySandbox.State;

public static class WebhookSubscriptionState
{
    public const string Active = "active";
    public const string Disabled = "disabled";
}
