namespace Velvena.CalendlySandbox.Webhooks;

/// <summary>One line of the delivery log.</summary>
public sealed record DeliveryAttempt(
    long Sequence,
    string Subscription,
    string CallbackUrl,
    string Event,
    string Invitee,
    int Attempt,
    int? StatusCode,
    DateTimeOffset AttemptedAt,
    string Outcome,
    bool Duplicate);
