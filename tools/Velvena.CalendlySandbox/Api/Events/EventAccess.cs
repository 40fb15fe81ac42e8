using Velvena.CalendlySandbox.OAuth;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Api.Events;

internal enum EventVisibility
{
    Visible,
    Hidden,
    Forbidden,
}

/// <summary>Who may read a scheduled event: its host, or an admin/owner of its organization.</summary>
internal static class EventAccess
{
    public static EventVisibility Check(AccessToken token, SandboxState state, ScheduledEvent? scheduledEvent)
    {
        if (scheduledEvent is null || scheduledEvent.OrganizationUuid != token.OrganizationUuid)
        {
            return EventVisibility.Hidden;
        }

        if (scheduledEvent.HostUuid == token.UserUuid)
        {
            return EventVisibility.Visible;
        }

        return state.Users.GetValueOrDefault(token.UserUuid) is { IsAdministrator: true }
            ? EventVisibility.Visible
            : EventVisibility.Forbidden;
    }
}
