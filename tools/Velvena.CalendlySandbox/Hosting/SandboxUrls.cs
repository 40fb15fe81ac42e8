namespace Velvena.CalendlySandbox.Hosting;

/// <summary>Builds Calendly-shaped resource URIs on the sandbox's own origin.</summary>
public sealed class SandboxUrls
{
    private string _baseUrl = "http://127.0.0.1";

    public string BaseUrl
    {
        get => Volatile.Read(ref _baseUrl);
        internal set => Volatile.Write(ref _baseUrl, value.TrimEnd('/'));
    }

    public string User(Guid uuid) => $"{BaseUrl}/users/{uuid}";
    public string Organization(Guid uuid) => $"{BaseUrl}/organizations/{uuid}";
    public string EventType(Guid uuid) => $"{BaseUrl}/event_types/{uuid}";
    public string ScheduledEvent(Guid uuid) => $"{BaseUrl}/scheduled_events/{uuid}";
    public string Invitee(Guid eventUuid, Guid inviteeUuid) => $"{BaseUrl}/scheduled_events/{eventUuid}/invitees/{inviteeUuid}";
    public string WebhookSubscription(Guid uuid) => $"{BaseUrl}/webhook_subscriptions/{uuid}";
    public string SchedulingPage(string slug) => $"{BaseUrl}/book/{slug}";
    public string CancelPage(Guid inviteeUuid) => $"{BaseUrl}/cancellations/{inviteeUuid}";
    public string ReschedulePage(Guid inviteeUuid) => $"{BaseUrl}/reschedulings/{inviteeUuid}";

    /// <summary>Reads the uuid at the end of a sandbox URI, or accepts a bare uuid.</summary>
    public static Guid? ParseUuid(string? uriOrUuid)
    {
        if (string.IsNullOrWhiteSpace(uriOrUuid))
        {
            return null;
        }

        var last = uriOrUuid.TrimEnd('/').Split('/')[^1];
        return Guid.TryParse(last, out var uuid) ? uuid : null;
    }
}
