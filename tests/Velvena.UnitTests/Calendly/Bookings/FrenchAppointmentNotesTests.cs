using Velvena.Application.Calendly.Bookings.Notes;
using static Velvena.UnitTests.Calendly.Bookings.CalendlyTestData;

namespace Velvena.UnitTests.Calendly.Bookings;

[TestFixture]
public sealed class FrenchAppointmentNotesTests
{
    private static readonly FrenchAppointmentNotes Paris = FrenchAppointmentNotes.For("Europe/Paris");

    [TestCase("2030-01-15T09:00:00Z", "mardi 15 janvier 2030 à 10h00", TestName = "Winter: UTC+1")]
    [TestCase("2030-07-15T08:00:00Z", "lundi 15 juillet 2030 à 10h00", TestName = "Summer: UTC+2")]
    [TestCase("2030-03-31T00:30:00Z", "dimanche 31 mars 2030 à 01h30", TestName = "Spring forward: just before")]
    [TestCase("2030-03-31T01:30:00Z", "dimanche 31 mars 2030 à 03h30", TestName = "Spring forward: just after")]
    [TestCase("2030-10-27T00:30:00Z", "dimanche 27 octobre 2030 à 02h30", TestName = "Fall back: first 02h30")]
    [TestCase("2030-10-27T01:30:00Z", "dimanche 27 octobre 2030 à 02h30", TestName = "Fall back: second 02h30")]
    [TestCase("2030-02-01T13:05:00Z", "vendredi 1er février 2030 à 14h05", TestName = "First of the month")]
    public void Dates_are_written_in_the_organization_time_zone(string utc, string expected) =>
        Assert.That(Paris.DateAndTime(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime()), Is.EqualTo(expected));

    [Test]
    public void A_booking_note_lists_the_answers_in_position_order()
    {
        var note = Paris.Booked(
            "Essayage robe de mariée",
            Start,
            [Answer("Styles préférés", "Sirène\nBohème", 2), Answer("Date du mariage", "12 septembre", 1), Answer("Remarque", " ", 3)]);

        Assert.That(note, Is.EqualTo(
            "RDV Calendly : Essayage robe de mariée le mardi 15 janvier 2030 à 10h00\n"
            + "Date du mariage : 12 septembre\n"
            + "Styles préférés : Sirène, Bohème"));
    }

    [Test]
    public void A_moved_booking_says_so()
    {
        Assert.That(Paris.Moved("Essayage", Start, []), Is.EqualTo("RDV Calendly déplacé : Essayage, désormais le mardi 15 janvier 2030 à 10h00"));
    }

    [Test]
    public void A_cancellation_note_gives_the_reason_when_there_is_one()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Paris.Canceled("Essayage", Start, "Empêchement"), Is.EqualTo("RDV Calendly annulé : Essayage du mardi 15 janvier 2030 à 10h00 — motif : Empêchement"));
            Assert.That(Paris.Canceled("Essayage", Start, null), Is.EqualTo("RDV Calendly annulé : Essayage du mardi 15 janvier 2030 à 10h00"));
        });
    }

    [TestCase("Mars/Olympus_Mons")]
    [TestCase("")]
    [TestCase(null)]
    public void An_unknown_time_zone_falls_back_to_utc(string? timeZone) =>
        Assert.That(FrenchAppointmentNotes.For(timeZone).DateAndTime(Start), Is.EqualTo("mardi 15 janvier 2030 à 09h00"));
}
