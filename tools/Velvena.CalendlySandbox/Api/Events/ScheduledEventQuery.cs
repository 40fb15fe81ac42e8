using Microsoft.AspNetCore.Http;
using Velvena.CalendlySandbox.Api.Common;
using Velvena.CalendlySandbox.Hosting;
using Velvena.CalendlySandbox.Json;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Api.Events;

/// <summary>The parsed query string of GET /scheduled_events.</summary>
internal sealed record ScheduledEventQuery(
    Guid? User,
    Guid? Organization,
    string? Status,
    DateTimeOffset? MinStartTime,
    DateTimeOffset? MaxStartTime,
    string? InviteeEmail,
    bool Descending,
    PageRequest Page)
{
    public static ScheduledEventQuery Parse(IQueryCollection query, List<ErrorDetail> problems)
    {
        var user = ParseUri(query, "user", problems);
        var organization = ParseUri(query, "organization", problems);
        if (query.ContainsKey("group"))
        {
            problems.Add(new ErrorDetail("group", "groups are not modelled by the sandbox", "unsupported"));
        }
        else if (user is null && organization is null && !problems.Any(p => p.Parameter is "user" or "organization"))
        {
            problems.Add(new ErrorDetail("user", "One of user, organization or group is required", "required"));
        }

        var status = query["status"].ToString();
        if (status.Length > 0 && status is not (ResourceStatus.Active or ResourceStatus.Canceled))
        {
            problems.Add(new ErrorDetail("status", "must be active or canceled", "invalid_status"));
        }

        var sort = query["sort"].ToString();
        if (sort.Length > 0 && sort is not ("start_time:asc" or "start_time:desc"))
        {
            problems.Add(new ErrorDetail("sort", "must be start_time:asc or start_time:desc", "invalid_sort"));
        }

        var email = query["invitee_email"].ToString();
        return new ScheduledEventQuery(
            user,
            organization,
            status.Length > 0 ? status : null,
            ParseTime(query, "min_start_time", problems),
            ParseTime(query, "max_start_time", problems),
            email.Length > 0 ? email : null,
            sort == "start_time:desc",
            PageRequest.Parse(query, problems));
    }

    public bool Matches(ScheduledEvent scheduledEvent) =>
        (User is null || scheduledEvent.HostUuid == User)
        && (Status is null || scheduledEvent.Status == Status)
        && (MinStartTime is null || scheduledEvent.StartTime >= MinStartTime)
        && (MaxStartTime is null || scheduledEvent.StartTime < MaxStartTime)
        && (InviteeEmail is null || scheduledEvent.Invitees.Exists(i => string.Equals(i.Email, InviteeEmail, StringComparison.OrdinalIgnoreCase)));

    private static Guid? ParseUri(IQueryCollection query, string name, List<ErrorDetail> problems)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        var uuid = SandboxUrls.ParseUuid(text);
        if (uuid is null)
        {
            problems.Add(new ErrorDetail(name, "must be a valid URI", "invalid_uri"));
        }

        return uuid;
    }

    private static DateTimeOffset? ParseTime(IQueryCollection query, string name, List<ErrorDetail> problems)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        if (CalendlyTime.TryParse(text, out var value))
        {
            return value;
        }

        problems.Add(new ErrorDetail(name, "must be a UTC timestamp like 2020-01-02T03:04:05.678123Z", "invalid_time"));
        return null;
    }
}
