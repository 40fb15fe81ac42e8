namespace Velvena.CalendlySandbox.State;

public sealed class WebhookSubscription
{
    public required Guid Uuid { get; init; }
    public required string CallbackUrl { get; init; }
    public required Guid OrganizationUuid { get; init; }
    public Guid? UserUuid { get; init; }
    public required string Scope { get; init; }
    public required IReadOnlyList<string> Events { get; init; }
    public required Guid CreatorUuid { get; init; }

    /// <summary>The key deliveries are signed with: the subscription's own, else the OAuth app's.</summary>
    public required string SigningKey { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
    public string State { get; set; } = WebhookSubscriptionState.Active;
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? RetryStartedAt { get; set; }

    public bool Matches(string eventName, ScheduledEvent scheduledEvent) =>
        State == WebhookSubscriptionState.Active
        && Events.Contains(eventName)
        && OrganizationUuid == scheduledEvent.OrganizationUuid
        && (Scope != "user" || UserUuid == scheduledEvent.HostUuid);
}
