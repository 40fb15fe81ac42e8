using Velvena.Application.Calendly.Bookings.People;

namespace Velvena.UnitTests.Calendly.Bookings;

[TestFixture]
public sealed class InviteeNameSplitterTests
{
    [Test]
    public void First_and_last_names_win_over_the_full_name() =>
        Assert.That(InviteeNameSplitter.Split(" Marie ", "de La Tour", "Someone Else"), Is.EqualTo(new PersonName("Marie", "de La Tour")));

    [Test]
    public void A_first_name_alone_is_kept_with_an_empty_last_name() =>
        Assert.That(InviteeNameSplitter.Split("Marie", null, "Marie Curie"), Is.EqualTo(new PersonName("Marie", string.Empty)));

    [Test]
    public void The_full_name_splits_into_first_word_and_the_rest() =>
        Assert.That(InviteeNameSplitter.Split(null, null, "Jean Pierre Dupont"), Is.EqualTo(new PersonName("Jean", "Pierre Dupont")));

    [Test]
    public void Several_spaces_collapse() =>
        Assert.That(InviteeNameSplitter.Split(null, "  ", "  Jean   Pierre \t Dupont  "), Is.EqualTo(new PersonName("Jean", "Pierre Dupont")));

    [Test]
    public void A_one_word_name_has_an_empty_last_name() =>
        Assert.That(InviteeNameSplitter.Split(null, null, " Cher "), Is.EqualTo(new PersonName("Cher", string.Empty)));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void No_name_gives_empty_parts(string? name) =>
        Assert.That(InviteeNameSplitter.Split(null, null, name), Is.EqualTo(new PersonName(string.Empty, string.Empty)));
}
