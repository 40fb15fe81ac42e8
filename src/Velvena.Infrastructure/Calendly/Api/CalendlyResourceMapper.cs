using Velvena.Application.Calendly.Exceptions;
using Velvena.Application.Calendly.Models;

namespace Velvena.Infrastructure.Calendly.Api;

/// <summary>Wire resources → application models. Identity fields are required; everything else degrades to empty/null.</summary>
internal static class CalendlyResourceMapper
{
    public static CalendlyUser ToUser(CalendlyUserResource user) => new(
        Required(user.Uri, "user.uri"),
        user.Name ?? string.Empty,
        user.Email ?? string.Empty,
        Required(user.CurrentOrganization, "user.current_organization"),
        user.Timezone);

    public static CalendlyScheduledEvent ToScheduledEvent(CalendlyEventResource scheduled) => new(
        Required(scheduled.Uri, "event.uri"),
        scheduled.Name ?? string.Empty,
        scheduled.Status ?? string.Empty,
        Utc(Required(scheduled.StartTime, "event.start_time")),
        Utc(Required(scheduled.EndTime, "event.end_time")),
        scheduled.EventType,
        scheduled.Location is { } location
            ? new CalendlyLocation(location.Type, location.Location, location.JoinUrl, location.Status, location.AdditionalInfo)
            : null,
        scheduled.InviteesCounter?.Total ?? 0,
        scheduled.InviteesCounter?.Active ?? 0,
        scheduled.InviteesCounter?.Limit ?? 0,
        Utc(scheduled.CreatedAt),
        Utc(scheduled.UpdatedAt ?? scheduled.CreatedAt),
        [.. (scheduled.EventMemberships ?? []).Select(m => m.User).OfType<string>()],
        ToCancellation(scheduled.Cancellation));

    public static CalendlyInvitee ToInvitee(CalendlyInviteeResource invitee) => new(
        Required(invitee.Uri, "invitee.uri"),
        invitee.Email ?? string.Empty,
        invitee.Name ?? string.Join(' ', new[] { invitee.FirstName, invitee.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))),
        invitee.FirstName,
        invitee.LastName,
        invitee.Status ?? string.Empty,
        Required(invitee.Event, "invitee.event"),
        [.. (invitee.QuestionsAndAnswers ?? []).Select(q => new CalendlyQuestionAndAnswer(q.Question ?? string.Empty, q.Answer ?? string.Empty, q.Position ?? 0))],
        invitee.Timezone,
        invitee.TextReminderNumber,
        invitee.Rescheduled ?? false,
        invitee.OldInvitee,
        invitee.NewInvitee,
        invitee.CancelUrl,
        invitee.RescheduleUrl,
        invitee.Tracking is { } tracking
            ? new CalendlyTracking(tracking.UtmCampaign, tracking.UtmSource, tracking.UtmMedium, tracking.UtmContent, tracking.UtmTerm, tracking.SalesforceUuid)
            : null,
        ToCancellation(invitee.Cancellation),
        Utc(invitee.CreatedAt),
        Utc(invitee.UpdatedAt ?? invitee.CreatedAt));

    public static CalendlyWebhookSubscription ToWebhookSubscription(CalendlyWebhookSubscriptionResource subscription) => new(
        Required(subscription.Uri, "webhook_subscription.uri"),
        subscription.CallbackUrl ?? string.Empty,
        subscription.State ?? string.Empty,
        subscription.Events ?? [],
        subscription.Scope ?? string.Empty,
        subscription.Organization,
        subscription.User,
        Utc(subscription.CreatedAt),
        subscription.RetryStartedAt?.UtcDateTime);

    private static CalendlyCancellation? ToCancellation(CalendlyCancellationResource? cancellation) =>
        cancellation is null
            ? null
            : new CalendlyCancellation(cancellation.CanceledBy, cancellation.Reason, cancellation.CancelerType, cancellation.CreatedAt?.UtcDateTime);

    private static DateTime Utc(DateTimeOffset? value) => value?.UtcDateTime ?? DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc);

    private static T Required<T>(T? value, string member)
        where T : struct =>
        value ?? throw new CalendlyException($"Calendly returned a resource without {member}.");

    private static string Required(string? value, string member) =>
        string.IsNullOrEmpty(value) ? throw new CalendlyException($"Calendly returned a resource without {member}.") : value;
}
