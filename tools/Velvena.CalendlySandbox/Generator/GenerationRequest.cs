namespace Velvena.CalendlySandbox.Generator;

/// <summary>N organizations × M events × K invitees. Each organization gets one owner, one event type and one OAuth grant-able user.</summary>
public sealed record GenerationRequest(
    int Organizations,
    int EventsPerOrganization,
    int InviteesPerEvent,
    int? Seed = null,
    DateTimeOffset? FirstStartTime = null,
    bool SendWebhooks = false);
