using System.Text.Json;
using Velvena.Infrastructure.Calendly.Api;
using Velvena.Infrastructure.Calendly.Http;

namespace Velvena.IntegrationTests.Calendly;

/// <summary>Payload shapes real Calendly has sent over the years, beyond what the sandbox emits.</summary>
[TestFixture]
public sealed class CalendlyWireFormatTests
{
    [TestCase("zoom")]
    [TestCase("zoom_conference")]
    [TestCase("some_future_type")]
    public void Conference_and_unknown_location_types_parse(string type)
    {
        var json = $$$"""{"type":"{{{type}}}","status":"pushed","join_url":"https://zoom.us/j/1","data":{"id":1},"location":{"nested":true}}""";

        var location = JsonSerializer.Deserialize<CalendlyLocationResource>(json, CalendlyJson.Options)!;

        Assert.Multiple(() =>
        {
            Assert.That(location.Type, Is.EqualTo(type));
            Assert.That(location.JoinUrl, Is.EqualTo("https://zoom.us/j/1"));
            Assert.That(location.Status, Is.EqualTo("pushed"));
            Assert.That(location.Location, Is.Null);
        });
    }

    [TestCase("42.5")]
    [TestCase("\"42.50\"")]
    public void Invitees_with_unknown_members_null_names_and_any_payment_amount_parse(string amount)
    {
        var json = $$$"""
            {"uri":"https://api.calendly.com/scheduled_events/E1/invitees/I1","email":"a@b.fr","name":"Zoé","first_name":null,"last_name":null,
             "status":"active","event":"https://api.calendly.com/scheduled_events/E1","questions_and_answers":[{"question":"Téléphone","answer":"0611","position":0}],
             "created_at":"2020-01-02T03:04:05.678123Z","updated_at":"2020-01-02T03:04:05.678123Z",
             "payment":{"external_id":"x","provider":"stripe","amount":{{{amount}}},"currency":"EUR","terms":null,"successful":true},
             "no_show":null,"reconfirmation":null,"scheduling_method":null,"brand_new_member":{"x":[1,2]}}
            """;

        var invitee = CalendlyResourceMapper.ToInvitee(JsonSerializer.Deserialize<CalendlyInviteeResource>(json, CalendlyJson.Options)!);

        Assert.Multiple(() =>
        {
            Assert.That(invitee.Name, Is.EqualTo("Zoé"));
            Assert.That(invitee.FirstName, Is.Null);
            Assert.That(invitee.CreatedAtUtc, Is.EqualTo(new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(6781230)));
            Assert.That(invitee.CreatedAtUtc.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(invitee.Rescheduled, Is.False);
            Assert.That(invitee.QuestionsAndAnswers.Single().Answer, Is.EqualTo("0611"));
        });
    }

    [Test]
    public void Query_timestamps_use_six_fractional_digits_in_utc()
    {
        var local = new DateTimeOffset(2020, 1, 2, 4, 4, 5, TimeSpan.FromHours(1)).AddTicks(6781234);

        Assert.Multiple(() =>
        {
            Assert.That(CalendlyGateway.Timestamp(local.UtcDateTime), Is.EqualTo("2020-01-02T03:04:05.678123Z"));
            Assert.That(CalendlyGateway.Timestamp(new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Unspecified)), Is.EqualTo("2020-01-02T03:04:05.000000Z"));
            Assert.That(CalendlyGateway.Timestamp(null), Is.Null);
        });
    }

    [TestCase("https://api.calendly.com/scheduled_events/AAA-111", "AAA-111")]
    [TestCase("https://api.calendly.com/webhook_subscriptions/BBB/", "BBB")]
    [TestCase("CCC", "CCC")]
    public void The_uuid_is_the_last_path_segment(string uri, string uuid) =>
        Assert.That(CalendlyResourceUri.Uuid(uri, "uri"), Is.EqualTo(uuid));
}
