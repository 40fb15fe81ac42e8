using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.State;
using Velvena.IntegrationTests.Calendly.Sync.Support;

namespace Velvena.IntegrationTests.Calendly.Sync;

/// <summary>
/// Real-world names and phone numbers, booked at the sandbox and read by the hourly sync: how the prospect's
/// first name, last name and E.164 phone come out (France is the boutique's default region).
/// </summary>
public sealed class SyncNamesAndPhonesTests
{
    private static readonly InviteeCase[] Cases =
    [
        new("Marie", "Dupont", null, TextReminder: "+33 6 12 34 56 78", ExpectedFirst: "Marie", ExpectedLast: "Dupont", ExpectedPhone: "+33612345678"),
        new(null, null, "Jean-Pierre de La Fontaine", Question: ("Numéro de téléphone", "06 12 34 56 78"), ExpectedFirst: "Jean-Pierre", ExpectedLast: "de La Fontaine", ExpectedPhone: "+33612345678"),
        new(null, null, "Madonna", ExpectedFirst: "Madonna", ExpectedLast: "", ExpectedPhone: null),
        new(null, null, "  Léa   Martin  ", Question: ("Téléphone portable", "06.98.76.54.32"), ExpectedFirst: "Léa", ExpectedLast: "Martin", ExpectedPhone: "+33698765432"),
        new("John", "Smith", null, Question: ("Phone number", "+1 (415) 555-2671"), ExpectedFirst: "John", ExpectedLast: "Smith", ExpectedPhone: "+14155552671"),
        new("Olivia", "Brown", null, Question: ("Mobile", "0044 7911 123456"), ExpectedFirst: "Olivia", ExpectedLast: "Brown", ExpectedPhone: "+447911123456"),
        new("Lotte", "Peeters", null, Question: ("Your phone", "+32 470 12 34 56"), ExpectedFirst: "Lotte", ExpectedLast: "Peeters", ExpectedPhone: "+32470123456"),
        new("Luca", "Meier", null, TextReminder: "+41 79 123 45 67", ExpectedFirst: "Luca", ExpectedLast: "Meier", ExpectedPhone: "+41791234567"),
        new("Hélène", "Roux", null, Question: ("Tel", "01 42 68 53 00"), ExpectedFirst: "Hélène", ExpectedLast: "Roux", ExpectedPhone: "+33142685300"),
        new("Paul", "Girard", null, OutboundCall: "06 11 22 33 44", ExpectedFirst: "Paul", ExpectedLast: "Girard", ExpectedPhone: "+33611223344"),
        new("Inès", "Bernard", null, Question: ("Numéro de téléphone", "pas de téléphone"), ExpectedFirst: "Inès", ExpectedLast: "Bernard", ExpectedPhone: null),
        new("Hugo", "Lambert", null, Question: ("Hôtel de séjour", "Hôtel 12, Paris"), ExpectedFirst: "Hugo", ExpectedLast: "Lambert", ExpectedPhone: null),
        new("Anne-Sophie", "Le Gall", null, ExpectedFirst: "Anne-Sophie", ExpectedLast: "Le Gall", ExpectedPhone: null),
        new("Camille", "Fontaine", null, TextReminder: "+33 7 81 23 45 67", Question: ("Téléphone", "06 00 00 00 01"), ExpectedFirst: "Camille", ExpectedLast: "Fontaine", ExpectedPhone: "+33781234567"),
        new("Nina", "Faure", null, Question: ("Phone", "+33 6 55 44 33 22"), OutboundCall: "+33 1 23 45 67 89", ExpectedFirst: "Nina", ExpectedLast: "Faure", ExpectedPhone: "+33655443322"),
        new(null, null, "O'Connor Ryan", Question: ("Phone (WhatsApp)", "+353 85 123 4567"), ExpectedFirst: "O'Connor", ExpectedLast: "Ryan", ExpectedPhone: "+353851234567"),
        new(null, null, "Nguyễn Văn An", ExpectedFirst: "Nguyễn", ExpectedLast: "Văn An", ExpectedPhone: null),
        new("Sarah", "Cohen", null, Question: ("Téléphone", "0612345678"), ExpectedFirst: "Sarah", ExpectedLast: "Cohen", ExpectedPhone: "+33612345678"),
        new("Louis", "Mercier", null, Question: ("TÉLÉPHONE FIXE", "04 72 10 30 30"), ExpectedFirst: "Louis", ExpectedLast: "Mercier", ExpectedPhone: "+33472103030"),
        new("Jonas", "Becker", null, Question: ("Mobile number", "+49 151 23456789"), ExpectedFirst: "Jonas", ExpectedLast: "Becker", ExpectedPhone: "+4915123456789"),
        new("Yasmine", "Alaoui", null, Question: ("Numéro de téléphone", "+212 6 61 23 45 67"), ExpectedFirst: "Yasmine", ExpectedLast: "Alaoui", ExpectedPhone: "+212661234567"),
        new(null, null, "Marie  Claire   Dubois-Martin", ExpectedFirst: "Marie", ExpectedLast: "Claire Dubois-Martin", ExpectedPhone: null),
        new("Zoé", "Blanc", null, TextReminder: "+33612345679", ExpectedFirst: "Zoé", ExpectedLast: "Blanc", ExpectedPhone: "+33612345679"),
        new("Théo", "Robin", null, Question: ("Votre numéro", "07 68 12 34 56"), ExpectedFirst: "Théo", ExpectedLast: "Robin", ExpectedPhone: "+33768123456"),
    ];

    [Test]
    public async Task Names_and_phones_of_real_world_bookings_come_out_as_a_boutique_expects()
    {
        await using var host = await SyncTestHost.StartAsync();
        var boutique = await host.ConnectAsync("Boutique Lumière");
        for (var i = 0; i < Cases.Length; i++)
        {
            host.Sandbox.Seed.Book(Cases[i].ToBooking(Email(i), SyncTestHost.Tomorrow(i * 60), boutique.Owner.Uuid));
        }

        var result = await host.SyncAsync(boutique.OrganizationId);
        var prospects = (await host.ProspectsAsync(boutique.OrganizationId)).ToDictionary(p => p.NormalizedEmail);

        Assert.That(result.Counts.ProspectsCreated, Is.EqualTo(Cases.Length));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < Cases.Length; i++)
            {
                var expected = Cases[i];
                var prospect = prospects[Email(i)];
                var what = $"case {i + 1} ({expected.Name ?? expected.FirstName})";
                Assert.That(prospect.FirstName, Is.EqualTo(expected.ExpectedFirst), what);
                Assert.That(prospect.LastName, Is.EqualTo(expected.ExpectedLast), what);
                Assert.That(prospect.Phone, Is.EqualTo(expected.ExpectedPhone), what);
            }
        });
    }

    private static string Email(int index) => $"invite{index + 1}@exemple.fr";

    private sealed record InviteeCase(
        string? FirstName,
        string? LastName,
        string? Name,
        string? TextReminder = null,
        (string Question, string Answer)? Question = null,
        string? OutboundCall = null,
        string ExpectedFirst = "",
        string ExpectedLast = "",
        string? ExpectedPhone = null)
    {
        public NewBooking ToBooking(string email, DateTimeOffset start, Guid host) => new(
            new NewInvitee(
                email,
                Name: Name,
                FirstName: FirstName,
                LastName: LastName,
                QuestionsAndAnswers: Question is { } q ? [new NewAnswer(q.Question, q.Answer)] : null,
                TextReminderNumber: TextReminder),
            start,
            Host: host,
            Location: OutboundCall is null ? null : new EventLocation("outbound_call", OutboundCall),
            SendWebhooks: false);
    }
}
