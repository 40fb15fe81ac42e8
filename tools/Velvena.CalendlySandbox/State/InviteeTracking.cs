namespace Velvena.CalendlySandbox.State;

public sealed record InviteeTracking(
    string? UtmCampaign = null,
    string? UtmSource = null,
    string? UtmMedium = null,
    string? UtmContent = null,
    string? UtmTerm = null,
    string? SalesforceUuid = null)
{
    public static readonly InviteeTracking Empty = new();
}
