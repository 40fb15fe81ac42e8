using Velvena.Application.Calendly.Bookings.Notes;
using Velvena.Application.Calendly.Bookings.Phones;
using Velvena.Application.Calendly.Models;
using Velvena.Domain.Common;

namespace Velvena.Application.Calendly.Bookings.Record;

/// <summary>One invitee read once into what the rules need: parsed before any attempt, reused by every retry.</summary>
internal sealed record BookingInput(
    CalendlyBooking Booking,
    CalendlyInvitee Invitee,
    string NormalizedEmail,
    string? Phone)
{
    public static BookingInput Read(CalendlyEventInvitee source, string? organizationCountryCode)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BookingInput(
            CalendlyBooking.Read(source.Event, source.Invitee),
            source.Invitee,
            EmailAddress.Normalize(source.Invitee.Email),
            PhoneNumberNormalizer.Normalize(InviteePhoneExtractor.Extract(source.Invitee, source.Event), organizationCountryCode));
    }
}
