using Velvena.Application.Calendly.Bookings.Phones;

namespace Velvena.UnitTests.Calendly.Bookings;

[TestFixture]
public sealed class PhoneNumberNormalizerTests
{
    [TestCase("06 12 34 56 78")]
    [TestCase("06.12.34.56.78")]
    [TestCase("0612345678")]
    [TestCase("+33 6 12 34 56 78")]
    [TestCase("+33 (0)6 12 34 56 78")]
    [TestCase("0033 6 12 34 56 78")]
    [TestCase("  +33612345678  ")]
    public void French_numbers_become_E164(string raw) =>
        Assert.That(PhoneNumberNormalizer.Normalize(raw, "FR"), Is.EqualTo("+33612345678"));

    [Test]
    public void A_number_without_prefix_is_read_in_the_organization_country() =>
        Assert.That(PhoneNumberNormalizer.Normalize("0470 12 34 56", "BE"), Is.EqualTo("+32470123456"));

    [Test]
    public void An_international_number_keeps_its_own_country() =>
        Assert.That(PhoneNumberNormalizer.Normalize("+44 20 7946 0958", "FR"), Is.EqualTo("+442079460958"));

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" ")]
    public void No_country_means_France(string? region) =>
        Assert.That(PhoneNumberNormalizer.Normalize("06 12 34 56 78", region), Is.EqualTo("+33612345678"));

    [TestCase("appelez-moi le soir")]
    [TestCase("06 12 34")]
    [TestCase("12")]
    public void Text_that_is_not_a_valid_number_is_kept_as_typed(string raw) =>
        Assert.That(PhoneNumberNormalizer.Normalize(raw, "FR"), Is.EqualTo(raw));

    [TestCase(null)]
    [TestCase("   ")]
    public void Nothing_gives_nothing(string? raw) => Assert.That(PhoneNumberNormalizer.Normalize(raw, "FR"), Is.Null);

    [Test]
    public void Long_text_is_cut_to_the_column_length()
    {
        var raw = new string('x', 100);

        Assert.That(PhoneNumberNormalizer.Normalize(raw, "FR"), Has.Length.EqualTo(Velvena.Domain.Prospects.Prospect.PhoneMaxLength));
    }
}
