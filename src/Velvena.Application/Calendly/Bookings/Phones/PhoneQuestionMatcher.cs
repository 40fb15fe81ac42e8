using System.Globalization;
using System.Text;

namespace Velvena.Application.Calendly.Bookings.Phones;

/// <summary>
/// Decides whether a booking question asks for a phone number, in French or English. Matches whole words,
/// ignoring case and accents: "Téléphone", "N° de tél.", "Mobile phone" match; "Hôtel" does not match "tel".
/// </summary>
internal static class PhoneQuestionMatcher
{
    // Whole words only, after accents are removed: a substring match would take "Hôtel" or "intellect" for "tel".
    private static readonly HashSet<string> PhoneWords = new(StringComparer.Ordinal)
    {
        "tel", "phone", "phones", "telephone", "telephones", "telephonique", "mobile", "mobiles", "portable",
        "portables", "numero", "numeros", "gsm", "cellphone", "smartphone", "cellulaire",
    };

    public static bool AsksForPhone(string? question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return false;
        }

        return Words(question).Any(PhoneWords.Contains);
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in RemoveAccents(text))
        {
            if (char.IsLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
