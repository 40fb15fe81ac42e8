using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Control;

/// <summary>Give first_name and last_name, or only name (then first_name/last_name are null, as Calendly does).</summary>
public sealed record NewInvitee(
    string Email,
    string? Name = null,
    string? FirstName = null,
    string? LastName = null,
    string? Timezone = "Europe/Paris",
    IReadOnlyList<NewAnswer>? QuestionsAndAnswers = null,
    string? TextReminderNumber = null,
    InviteeTracking? Tracking = null);
