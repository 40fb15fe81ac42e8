namespace Velvena.CalendlySandbox.State;

/// <summary>
/// One of Calendly's location kinds: physical, outbound_call, inbound_call, ask_invitee and custom carry
/// <see cref="Location"/>; conference kinds (zoom, google_conference, ...) carry <see cref="Status"/> and <see cref="JoinUrl"/>.
/// </summary>
public sealed record EventLocation(
    string Type,
    string? Location = null,
    string? Status = null,
    string? JoinUrl = null,
    string? AdditionalInfo = null)
{
    public static readonly IReadOnlySet<string> TextTypes =
        new HashSet<string>(StringComparer.Ordinal) { "physical", "outbound_call", "inbound_call", "ask_invitee", "custom" };

    public static readonly IReadOnlySet<string> ConferenceTypes =
        new HashSet<string>(StringComparer.Ordinal)
        {
            "zoom", "google_conference", "microsoft_teams_conference", "gotomeeting", "webex_conference",
        };

    public static bool IsKnownType(string type) => TextTypes.Contains(type) || ConferenceTypes.Contains(type);
}
