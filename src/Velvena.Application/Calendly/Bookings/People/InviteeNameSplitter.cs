using Velvena.Domain.Prospects;

namespace Velvena.Application.Calendly.Bookings.People;

/// <summary>
/// Calendly's <c>first_name</c>/<c>last_name</c> when the event type asks for them (they are null when it asks one
/// name field), else the seed's split of <c>name</c>: first word, then the rest.
/// </summary>
internal static class InviteeNameSplitter
{
    private static readonly char[] NoSeparators = [];

    public static PersonName Split(string? firstName, string? lastName, string? name)
    {
        if (!string.IsNullOrWhiteSpace(firstName) || !string.IsNullOrWhiteSpace(lastName))
        {
            return new PersonName(Clean(firstName), Clean(lastName));
        }

        // No separators given: splits on any white space, so runs of spaces and tabs collapse.
        var words = (name ?? string.Empty).Split(NoSeparators, StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => new PersonName(string.Empty, string.Empty),
            1 => new PersonName(Cap(words[0]), string.Empty),
            _ => new PersonName(Cap(words[0]), Cap(string.Join(' ', words[1..]))),
        };
    }

    private static string Clean(string? part) =>
        Cap(string.Join(' ', (part ?? string.Empty).Split(NoSeparators, StringSplitOptions.RemoveEmptyEntries)));

    private static string Cap(string value) => value.Length <= Prospect.NameMaxLength ? value : value[..Prospect.NameMaxLength];
}
