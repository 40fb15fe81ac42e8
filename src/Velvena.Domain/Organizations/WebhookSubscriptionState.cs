namespace Velvena.Domain.Organizations;

public enum WebhookSubscriptionState
{
    None = 0,
    Active = 1,
    Disabled = 2,
    Missing = 3,
}
