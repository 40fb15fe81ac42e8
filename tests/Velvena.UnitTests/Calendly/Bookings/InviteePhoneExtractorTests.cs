using Velvena.Application.Calendly.Bookings.Phones;
using Velvena.Application.Calendly.Models;
using static Velvena.UnitTests.Calendly.Bookings.CalendlyTestData;

namespace Velvena.UnitTests.Calendly.Bookings;

[TestFixture]
public sealed class InviteePhoneExtractorTests
{
    [Test]
    public void Text_reminder_number_comes_first()
    {
        var invitee = Invitee("+33 6 11 11 11 11", Answer("Téléphone", "06 22 22 22 22"));

        Assert.That(InviteePhoneExtractor.Extract(invitee, Event(OutboundCall("06 33 33 33 33"))), Is.EqualTo("+33 6 11 11 11 11"));
    }

    [Test]
    public void A_phone_question_comes_before_an_outbound_call_location()
    {
        var invitee = Invitee(null, Answer("Votre message", "Bonjour", 0), Answer("Numéro de téléphone", "06 22 22 22 22", 1));

        Assert.That(InviteePhoneExtractor.Extract(invitee, Event(OutboundCall("06 33 33 33 33"))), Is.EqualTo("06 22 22 22 22"));
    }

    [Test]
    public void An_outbound_call_location_is_the_last_resort()
    {
        Assert.That(InviteePhoneExtractor.Extract(Invitee(), Event(OutboundCall(" 06 33 33 33 33 "))), Is.EqualTo("06 33 33 33 33"));
    }

    [Test]
    public void Other_locations_carry_no_phone()
    {
        var physical = new CalendlyLocation("physical", "12 rue de la Paix, Paris 75002", null, null, null);

        Assert.That(InviteePhoneExtractor.Extract(Invitee(), Event(physical)), Is.Null);
    }

    [Test]
    public void Questions_are_read_in_position_order()
    {
        var invitee = Invitee(null, Answer("Mobile", "07 00 00 00 02", 2), Answer("Téléphone fixe", "01 00 00 00 01", 1));

        Assert.That(InviteePhoneExtractor.Extract(invitee, Event()), Is.EqualTo("01 00 00 00 01"));
    }

    [Test]
    public void An_answer_without_digits_is_not_a_number()
    {
        var invitee = Invitee(null, Answer("Avez-vous un téléphone portable ?", "Oui", 0));

        Assert.That(InviteePhoneExtractor.Extract(invitee, Event(OutboundCall("06 33 33 33 33"))), Is.EqualTo("06 33 33 33 33"));
    }

    [Test]
    public void A_question_about_a_hotel_is_not_a_phone_question()
    {
        var invitee = Invitee(null, Answer("Hôtel de votre séjour (n° de chambre)", "Hôtel du Louvre, 214", 0));

        Assert.That(InviteePhoneExtractor.Extract(invitee, Event()), Is.Null);
    }

    [Test]
    public void A_blank_text_reminder_number_is_ignored()
    {
        var invitee = Invitee("  ", Answer("Phone number", "+44 20 7946 0958"));

        Assert.That(InviteePhoneExtractor.Extract(invitee, Event()), Is.EqualTo("+44 20 7946 0958"));
    }
}
