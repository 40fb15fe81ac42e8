using PhoneNumbers;
using Velvena.Domain.Organizations;
using Velvena.Domain.Prospects;

namespace Velvena.Application.Calendly.Bookings.Phones;

/// <summary>
/// E.164 when the text is a valid number (read in the organization's country when it has no international prefix),
/// else the text as typed, so that a human can still read it.
/// </summary>
internal static class PhoneNumberNormalizer
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    public static string? Normalize(string? raw, string? defaultRegion)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim();
        var region = string.IsNullOrWhiteSpace(defaultRegion) ? Organization.DefaultCountryCode : defaultRegion.Trim().ToUpperInvariant();
        try
        {
            var number = Numbers.Parse(text, region);
            if (Numbers.IsValidNumber(number))
            {
                return Numbers.Format(number, PhoneNumberFormat.E164);
            }
        }
        catch (NumberParseException)
        {
            // Not a number at all: kept as typed below.
        }

        return text.Length <= Prospect.PhoneMaxLength ? text : text[..Prospect.PhoneMaxLength];
    }
}
