using Velvena.Application.Calendly.Bookings.Phones;

namespace Velvena.UnitTests.Calendly.Bookings;

[TestFixture]
public sealed class PhoneQuestionMatcherTests
{
    [TestCase("Téléphone")]
    [TestCase("Numéro de téléphone")]
    [TestCase("TELEPHONE")]
    [TestCase("Votre numéro")]
    [TestCase("N° de tél.")]
    [TestCase("Tel:")]
    [TestCase("Téléphone portable")]
    [TestCase("Portable")]
    [TestCase("Mobile")]
    [TestCase("Phone number")]
    [TestCase("Your phone/WhatsApp")]
    [TestCase("Cell phone")]
    [TestCase("Numero de telephone")]
    public void Asks_for_a_phone(string question) => Assert.That(PhoneQuestionMatcher.AsksForPhone(question), Is.True);

    [TestCase("Hôtel")]
    [TestCase("Hotel de votre séjour")]
    [TestCase("Votre message")]
    [TestCase("Intellectuel ou manuel ?")]
    [TestCase("Date du mariage")]
    [TestCase("Telegram")]
    [TestCase("")]
    [TestCase(null)]
    public void Does_not_ask_for_a_phone(string? question) => Assert.That(PhoneQuestionMatcher.AsksForPhone(question), Is.False);
}
