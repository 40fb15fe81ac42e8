using System.Globalization;
using System.Security.Cryptography;
using Velvena.CalendlySandbox.Api.Common;
using Velvena.CalendlySandbox.Hosting;
using Velvena.CalendlySandbox.Json;
using Velvena.CalendlySandbox.OAuth;
using Velvena.CalendlySandbox.State;
using Velvena.CalendlySandbox.Webhooks;

namespace Velvena.CalendlySandbox.Control;

/// <summary>
/// Seeds and changes sandbox state the way Calendly users would (sign-ups, bookings, cancellations,
/// reschedules). Both the C# API and the HTTP control API go through here. Booking changes fire webhooks.
/// </summary>
public sealed class SandboxSeeder(
    SandboxState state, TokenStore tokens, SandboxOptions options, SandboxUrls urls, ResourceRenderer renderer, WebhookDispatcher webhooks)
{
    public SandboxOrganization CreateOrganization(NewOrganization? request = null)
    {
        request ??= new NewOrganization();
        var organization = new SandboxOrganization { Uuid = request.Uuid ?? Guid.NewGuid(), Name = request.Name, CreatedAt = Now() };
        state.Write(s => s.Organizations[organization.Uuid] = organization);
        return organization;
    }

    public SandboxUser CreateUser(NewUser request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var organizationUuid = request.Organization ?? CreateOrganization(new NewOrganization($"{request.Name}'s organization")).Uuid;
        return state.Write(s =>
        {
            if (!s.Organizations.ContainsKey(organizationUuid))
            {
                throw new SandboxSeedException($"Organization {organizationUuid} does not exist.");
            }

            var user = new SandboxUser
            {
                Uuid = request.Uuid ?? Guid.NewGuid(),
                OrganizationUuid = organizationUuid,
                Name = request.Name,
                Slug = Slug(request.Name, s.Users.Count),
                Email = request.Email,
                Timezone = request.Timezone,
                Locale = request.Locale,
                TimeNotation = request.Locale == "en" ? "12h" : "24h",
                Role = request.Role,
                CreatedAt = Now(),
            };
            s.Users[user.Uuid] = user;
            return user;
        });
    }

    public OAuthClient CreateOAuthClient(NewOAuthClient? request = null)
    {
        request ??= new NewOAuthClient();
        var client = new OAuthClient
        {
            ClientId = request.ClientId ?? "client-" + RandomHex(8),
            ClientSecret = request.ClientSecret ?? RandomHex(24),
            RedirectUris = request.RedirectUris ?? ["http://localhost:5080/auth/calendly/callback"],
            Scopes = request.Scopes ?? NewOAuthClient.AllProjectScopes,
            SigningKey = request.SigningKey ?? RandomHex(24),
            AutoApprove = request.AutoApprove,
            DefaultUserUuid = request.DefaultUser,
        };
        state.Write(s => s.OAuthClients[client.ClientId] = client);
        return client;
    }

    public EventType CreateEventType(NewEventType request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return state.Write(s =>
        {
            if (!s.Users.ContainsKey(request.Owner))
            {
                throw new SandboxSeedException($"User {request.Owner} does not exist.");
            }

            var eventType = new EventType
            {
                Uuid = request.Uuid ?? Guid.NewGuid(),
                OwnerUuid = request.Owner,
                Name = request.Name,
                DurationMinutes = request.DurationMinutes,
                InviteeLimit = Math.Max(1, request.InviteeLimit),
                DefaultLocation = request.Location ?? new EventLocation("google_conference", JoinUrl: "https://meet.google.com/sandbox"),
            };
            s.EventTypes[eventType.Uuid] = eventType;
            return eventType;
        });
    }

    /// <summary>Access and refresh tokens for a user without the OAuth dance (API tests).</summary>
    public IssuedTokenPair IssueTokens(string clientId, Guid userUuid, IEnumerable<string>? scopes = null)
    {
        var client = state.FindClient(clientId) ?? throw new SandboxSeedException($"OAuth client {clientId} does not exist.");
        var user = state.FindUser(userUuid) ?? throw new SandboxSeedException($"User {userUuid} does not exist.");
        return tokens.Issue(client.ClientId, user, scopes ?? client.Scopes);
    }

    public BookingResult Book(NewBooking request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (result, notifications) = state.Write(s =>
        {
            var eventType = ResolveEventType(s, request);
            var host = s.Users[eventType.OwnerUuid];
            var now = Now();
            var start = CalendlyTime.TruncateToMicroseconds(request.StartTime);
            var scheduledEvent = new ScheduledEvent
            {
                Uuid = Guid.NewGuid(),
                OrganizationUuid = host.OrganizationUuid,
                HostUuid = host.Uuid,
                EventTypeUuid = eventType.Uuid,
                Name = eventType.Name,
                StartTime = start,
                EndTime = start.AddMinutes(eventType.DurationMinutes),
                Location = ResolveLocation(request.Location ?? eventType.DefaultLocation, request.Invitee),
                InviteeLimit = eventType.InviteeLimit,
                CreatedAt = now,
                UpdatedAt = now,
            };
            s.AddEvent(scheduledEvent);
            var invitee = AddInviteeTo(s, scheduledEvent, request.Invitee, now);
            return (Result(invitee), request.SendWebhooks ? [Notify(s, WebhookEventNames.InviteeCreated, invitee, now)] : new List<WebhookNotification>());
        });
        webhooks.Publish(notifications);
        return result;
    }

    /// <summary>Another invitee books a seat of an existing group event.</summary>
    public BookingResult AddInvitee(Guid eventUuid, NewInvitee invitee)
    {
        var (result, notification) = state.Write(s =>
        {
            var scheduledEvent = s.Events.GetValueOrDefault(eventUuid) ?? throw new SandboxSeedException($"Scheduled event {eventUuid} does not exist.");
            if (scheduledEvent.Status != ResourceStatus.Active)
            {
                throw new SandboxSeedException("The event is canceled.");
            }

            if (scheduledEvent.ActiveInviteeCount >= scheduledEvent.InviteeLimit)
            {
                throw new SandboxSeedException("The event is full.");
            }

            var now = Now();
            var added = AddInviteeTo(s, scheduledEvent, invitee, now);
            return (Result(added), Notify(s, WebhookEventNames.InviteeCreated, added, now));
        });
        webhooks.Publish([notification]);
        return result;
    }

    /// <summary>The invitee cancels their seat; the event is canceled only when nobody remains.</summary>
    public void CancelInvitee(Guid inviteeUuid, CancelRequest? request = null)
    {
        request ??= new CancelRequest();
        var notification = state.Write(s =>
        {
            var invitee = ActiveInvitee(s, inviteeUuid);
            var now = Now();
            var cancellation = new CancellationRecord(request.CanceledBy ?? invitee.Name, request.Reason, "invitee", now);
            CancelOne(invitee, cancellation, now);
            if (invitee.Event.ActiveInviteeCount == 0)
            {
                invitee.Event.Status = ResourceStatus.Canceled;
                invitee.Event.Cancellation = cancellation;
            }

            return Notify(s, WebhookEventNames.InviteeCanceled, invitee, now);
        });
        webhooks.Publish([notification]);
    }

    /// <summary>The host cancels the whole event: every active invitee is canceled.</summary>
    public void CancelEvent(Guid eventUuid, CancelRequest? request = null)
    {
        request ??= new CancelRequest();
        var notifications = state.Write(s =>
        {
            var scheduledEvent = s.Events.GetValueOrDefault(eventUuid) ?? throw new SandboxSeedException($"Scheduled event {eventUuid} does not exist.");
            if (scheduledEvent.Status != ResourceStatus.Active)
            {
                throw new SandboxSeedException("The event is already canceled.");
            }

            var now = Now();
            var host = s.Users[scheduledEvent.HostUuid];
            var cancellation = new CancellationRecord(request.CanceledBy ?? host.Name, request.Reason, "host", now);
            var canceled = scheduledEvent.Invitees.Where(i => i.Status == ResourceStatus.Active).ToList();
            foreach (var invitee in canceled)
            {
                CancelOne(invitee, cancellation, now);
            }

            scheduledEvent.Status = ResourceStatus.Canceled;
            scheduledEvent.Cancellation = cancellation;
            scheduledEvent.UpdatedAt = now;
            return canceled.Select(i => Notify(s, WebhookEventNames.InviteeCanceled, i, now)).ToList();
        });
        webhooks.Publish(notifications);
    }

    /// <summary>
    /// Calendly's reschedule: the old invitee is canceled with rescheduled=true and new_invitee set, and a
    /// new scheduled event holds the new invitee, whose old_invitee points back.
    /// </summary>
    public BookingResult Reschedule(Guid inviteeUuid, RescheduleRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (result, notifications) = state.Write(s =>
        {
            var old = ActiveInvitee(s, inviteeUuid);
            var now = Now();
            var oldEvent = old.Event;
            var start = CalendlyTime.TruncateToMicroseconds(request.StartTime);
            var newEvent = new ScheduledEvent
            {
                Uuid = Guid.NewGuid(),
                OrganizationUuid = oldEvent.OrganizationUuid,
                HostUuid = oldEvent.HostUuid,
                EventTypeUuid = oldEvent.EventTypeUuid,
                Name = oldEvent.Name,
                StartTime = start,
                EndTime = start + (oldEvent.EndTime - oldEvent.StartTime),
                Location = oldEvent.Location,
                InviteeLimit = oldEvent.InviteeLimit,
                CreatedAt = now,
                UpdatedAt = now,
            };
            s.AddEvent(newEvent);
            var replacement = new Invitee
            {
                Uuid = Guid.NewGuid(),
                Event = newEvent,
                Email = old.Email,
                Name = old.Name,
                FirstName = old.FirstName,
                LastName = old.LastName,
                Timezone = old.Timezone,
                QuestionsAndAnswers = old.QuestionsAndAnswers,
                TextReminderNumber = old.TextReminderNumber,
                Tracking = old.Tracking,
                CreatedAt = now,
                UpdatedAt = now,
                OldInvitee = old,
            };
            newEvent.Invitees.Add(replacement);
            s.Invitees[replacement.Uuid] = replacement;

            var cancellation = new CancellationRecord(old.Name, "Rescheduled", "invitee", now);
            CancelOne(old, cancellation, now);
            old.Rescheduled = true;
            old.NewInvitee = replacement;
            if (oldEvent.ActiveInviteeCount == 0)
            {
                oldEvent.Status = ResourceStatus.Canceled;
                oldEvent.Cancellation = cancellation;
            }

            List<WebhookNotification> fired =
            [
                Notify(s, WebhookEventNames.InviteeCanceled, old, now),
                Notify(s, WebhookEventNames.InviteeCreated, replacement, now),
            ];
            return (Result(replacement), fired);
        });
        webhooks.Publish(notifications);
        return result;
    }

    private static void CancelOne(Invitee invitee, CancellationRecord cancellation, DateTimeOffset now)
    {
        invitee.Status = ResourceStatus.Canceled;
        invitee.Cancellation = cancellation;
        invitee.UpdatedAt = now;
        invitee.Event.UpdatedAt = now;
    }

    private static Invitee ActiveInvitee(SandboxState s, Guid inviteeUuid)
    {
        var invitee = s.Invitees.GetValueOrDefault(inviteeUuid) ?? throw new SandboxSeedException($"Invitee {inviteeUuid} does not exist.");
        return invitee.Status == ResourceStatus.Active ? invitee : throw new SandboxSeedException("The invitee is already canceled.");
    }

    private static EventType ResolveEventType(SandboxState s, NewBooking request)
    {
        if (request.EventType is { } eventTypeUuid)
        {
            return s.EventTypes.GetValueOrDefault(eventTypeUuid) ?? throw new SandboxSeedException($"Event type {eventTypeUuid} does not exist.");
        }

        var host = request.Host is { } hostUuid && s.Users.TryGetValue(hostUuid, out var found)
            ? found
            : throw new SandboxSeedException("Name an event_type or an existing host.");
        var existing = s.EventTypes.Values.FirstOrDefault(t => t.OwnerUuid == host.Uuid);
        if (existing is not null)
        {
            return existing;
        }

        var created = new EventType
        {
            Uuid = Guid.NewGuid(),
            OwnerUuid = host.Uuid,
            Name = "30 Minute Meeting",
            DurationMinutes = 30,
            InviteeLimit = 1,
            DefaultLocation = new EventLocation("google_conference", JoinUrl: "https://meet.google.com/sandbox"),
        };
        s.EventTypes[created.Uuid] = created;
        return created;
    }

    private static EventLocation ResolveLocation(EventLocation location, NewInvitee invitee)
    {
        if (location.Type == "outbound_call" && string.IsNullOrEmpty(location.Location))
        {
            var phone = invitee.TextReminderNumber
                ?? invitee.QuestionsAndAnswers?.FirstOrDefault(q => IsPhoneQuestion(q.Question))?.Answer;
            return location with { Location = phone };
        }

        if (!EventLocation.IsKnownType(location.Type))
        {
            throw new SandboxSeedException($"Unknown location type {location.Type}.");
        }

        return location;
    }

    private static readonly string[] PhoneWords = ["phone", "téléphone", "telephone", "tel", "mobile", "portable"];

    private static bool IsPhoneQuestion(string question) =>
        PhoneWords.Any(word => question.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static Invitee AddInviteeTo(SandboxState s, ScheduledEvent scheduledEvent, NewInvitee request, DateTimeOffset now)
    {
        var name = request.Name ?? string.Join(' ', new[] { request.FirstName, request.LastName }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var invitee = new Invitee
        {
            Uuid = Guid.NewGuid(),
            Event = scheduledEvent,
            Email = request.Email,
            Name = string.IsNullOrWhiteSpace(name) ? request.Email : name,
            FirstName = request.FirstName,
            LastName = request.LastName,
            Timezone = request.Timezone,
            QuestionsAndAnswers = (request.QuestionsAndAnswers ?? []).Select((q, i) => new QuestionAndAnswer(q.Question, q.Answer, i)).ToList(),
            TextReminderNumber = request.TextReminderNumber,
            Tracking = request.Tracking ?? InviteeTracking.Empty,
            CreatedAt = now,
            UpdatedAt = now,
        };
        scheduledEvent.Invitees.Add(invitee);
        scheduledEvent.UpdatedAt = now;
        s.Invitees[invitee.Uuid] = invitee;
        return invitee;
    }

    private WebhookNotification Notify(SandboxState s, string eventName, Invitee invitee, DateTimeOffset now) =>
        new(eventName, invitee.Event, urls.Invitee(invitee.Event.Uuid, invitee.Uuid),
            renderer.InviteePayload(invitee, s.Users.GetValueOrDefault(invitee.Event.HostUuid)), now);

    private BookingResult Result(Invitee invitee) =>
        new(invitee.Event.Uuid, invitee.Uuid, urls.ScheduledEvent(invitee.Event.Uuid), urls.Invitee(invitee.Event.Uuid, invitee.Uuid));

    private DateTimeOffset Now() => CalendlyTime.TruncateToMicroseconds(options.TimeProvider.GetUtcNow());

    private static string Slug(string name, int salt) =>
        string.Concat(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-')
        + "-" + salt.ToString(CultureInfo.InvariantCulture);

    private static string RandomHex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));
}
