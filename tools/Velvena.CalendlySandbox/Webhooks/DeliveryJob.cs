namespace Velvena.CalendlySandbox.Webhooks;

internal sealed record DeliveryJob(
    Guid SubscriptionUuid,
    string SubscriptionUri,
    string CallbackUrl,
    string SigningKey,
    string EventName,
    string InviteeUri,
    byte[] Body,
    int Attempt,
    DateTimeOffset? FirstFailureAt,
    bool Duplicate);
