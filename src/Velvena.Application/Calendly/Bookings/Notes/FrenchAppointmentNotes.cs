using System.Globalization;
using System.Text;
using Velvena.Application.Calendly.Models;

namespace Velvena.Application.Calendly.Bookings.Notes;

/// <summary>
/// The notes appended to a prospect for its Calendly bookings, written for a French reader in the organization's
/// time zone: "RDV Calendly : Essayage le mardi 15 janvier 2030 à 10h00", then one "Question : Réponse" per line.
/// </summary>
internal sealed class FrenchAppointmentNotes(TimeZoneInfo timeZone)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static FrenchAppointmentNotes For(string? ianaTimeZoneId) => new(AppointmentTimeZone.Find(ianaTimeZoneId));

    public string Booked(string eventName, DateTime startUtc, IEnumerable<CalendlyQuestionAndAnswer> answers) =>
        WithAnswers($"RDV Calendly : {eventName} le {DateAndTime(startUtc)}", answers);

    public string Moved(string eventName, DateTime startUtc, IEnumerable<CalendlyQuestionAndAnswer> answers) =>
        WithAnswers($"RDV Calendly déplacé : {eventName}, désormais le {DateAndTime(startUtc)}", answers);

    public string Canceled(string eventName, DateTime startUtc, string? reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? $"RDV Calendly annulé : {eventName} du {DateAndTime(startUtc)}"
            : $"RDV Calendly annulé : {eventName} du {DateAndTime(startUtc)} — motif : {OneLine(reason)}";

    /// <summary>"mardi 15 janvier 2030 à 10h00" (French writes the first of the month "1er").</summary>
    public string DateAndTime(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), timeZone);
        var day = local.Day == 1 ? "1er" : local.Day.ToString(French);
        return string.Create(
            French,
            $"{local.ToString("dddd", French)} {day} {local.ToString("MMMM yyyy", French)} à {local:HH}h{local:mm}");
    }

    private static string WithAnswers(string header, IEnumerable<CalendlyQuestionAndAnswer> answers)
    {
        var note = new StringBuilder(header);
        foreach (var qa in answers.Where(qa => !string.IsNullOrWhiteSpace(qa.Answer)).OrderBy(qa => qa.Position))
        {
            note.Append('\n').Append(OneLine(qa.Question)).Append(" : ").Append(OneLine(qa.Answer));
        }

        return note.ToString();
    }

    // Multi-select answers arrive newline-joined; one line per question keeps the notes readable.
    private static string OneLine(string? text) =>
        string.Join(", ", (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
