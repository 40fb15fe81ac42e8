namespace Velvena.CalendlySandbox.State;

/// <summary>
/// Everything the sandbox knows. One lock guards it all: the sandbox serves tests and demos, where
/// simplicity beats throughput. Read through <see cref="Read{T}"/> and change through <see cref="Write{T}"/>.
/// </summary>
public sealed class SandboxState
{
    private readonly Lock _gate = new();

    internal Dictionary<Guid, SandboxOrganization> Organizations { get; } = [];
    internal Dictionary<Guid, SandboxUser> Users { get; } = [];
    internal Dictionary<string, OAuthClient> OAuthClients { get; } = new(StringComparer.Ordinal);
    internal Dictionary<Guid, EventType> EventTypes { get; } = [];
    internal Dictionary<Guid, ScheduledEvent> Events { get; } = [];
    internal Dictionary<Guid, List<ScheduledEvent>> EventsByOrganization { get; } = [];
    internal Dictionary<Guid, Invitee> Invitees { get; } = [];
    internal Dictionary<Guid, WebhookSubscription> WebhookSubscriptions { get; } = [];

    public T Read<T>(Func<SandboxState, T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            return query(this);
        }
    }

    internal T Write<T>(Func<SandboxState, T> change)
    {
        lock (_gate)
        {
            return change(this);
        }
    }

    public int OrganizationCount => Read(s => s.Organizations.Count);
    public int UserCount => Read(s => s.Users.Count);
    public int EventCount => Read(s => s.Events.Count);
    public int InviteeCount => Read(s => s.Invitees.Count);

    public SandboxUser? FindUser(Guid uuid) => Read(s => s.Users.GetValueOrDefault(uuid));
    public SandboxUser? FindUserByEmail(string email) =>
        Read(s => s.Users.Values.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase)));
    public OAuthClient? FindClient(string clientId) => Read(s => s.OAuthClients.GetValueOrDefault(clientId));
    public ScheduledEvent? FindEvent(Guid uuid) => Read(s => s.Events.GetValueOrDefault(uuid));
    public Invitee? FindInvitee(Guid uuid) => Read(s => s.Invitees.GetValueOrDefault(uuid));
    public WebhookSubscription? FindWebhookSubscription(Guid uuid) => Read(s => s.WebhookSubscriptions.GetValueOrDefault(uuid));
    public IReadOnlyList<WebhookSubscription> ListWebhookSubscriptions() => Read(s => s.WebhookSubscriptions.Values.ToList());

    internal void AddEvent(ScheduledEvent scheduledEvent)
    {
        Events.Add(scheduledEvent.Uuid, scheduledEvent);
        if (!EventsByOrganization.TryGetValue(scheduledEvent.OrganizationUuid, out var list))
        {
            list = [];
            EventsByOrganization.Add(scheduledEvent.OrganizationUuid, list);
        }

        list.Add(scheduledEvent);
    }

    internal IReadOnlyList<ScheduledEvent> EventsOf(Guid organizationUuid) =>
        EventsByOrganization.TryGetValue(organizationUuid, out var list) ? list : [];
}
