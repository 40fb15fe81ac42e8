using Velvena.Application.Calendly.Models;

namespace Velvena.Application.Calendly.Bookings.Phones;

/// <summary>
/// Finds the phone number an invitee gave, raw, in Calendly's three places, in this order: the SMS reminder number,
/// the answer to a question asking for a phone, the number of an outbound-call location.
/// </summary>
internal static class InviteePhoneExtractor
{
    private const string OutboundCallLocation = "outbound_call";

    public static string? Extract(CalendlyInvitee invitee, CalendlyScheduledEvent scheduledEvent)
    {
        ArgumentNullException.ThrowIfNull(invitee);
        ArgumentNullException.ThrowIfNull(scheduledEvent);

        if (!string.IsNullOrWhiteSpace(invitee.TextReminderNumber))
        {
            return invitee.TextReminderNumber.Trim();
        }

        // An answer without a single digit ("Oui", "Je préfère l'e-mail") is not a number, whatever the question.
        var answer = invitee.QuestionsAndAnswers
            .OrderBy(qa => qa.Position)
            .Where(qa => PhoneQuestionMatcher.AsksForPhone(qa.Question) && qa.Answer is not null && qa.Answer.Any(char.IsDigit))
            .Select(qa => qa.Answer.Trim())
            .FirstOrDefault();
        if (answer is not null)
        {
            return answer;
        }

        var location = scheduledEvent.Location;
        return string.Equals(location?.Type, OutboundCallLocation, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(location?.Location)
            ? location.Location.Trim()
            : null;
    }
}
