using BenchmarkDotNet.Attributes;
using Velvena.Application.Calendly.Bookings.Phones;
using Velvena.Application.Calendly.Models;

namespace Velvena.Bench.Micro;

/// <summary>Finding and normalizing an invitee's phone, done once per invitee by the sync and by every webhook.</summary>
[MemoryDiagnoser]
public class PhoneParsingBenchmarks
{
    private static readonly DateTime At = new(2030, 1, 15, 9, 0, 0, DateTimeKind.Utc);

    private readonly CalendlyScheduledEvent _event = new(
        "https://api.calendly.com/scheduled_events/e1", "Rendez-vous découverte", "active", At, At.AddMinutes(30), null,
        new CalendlyLocation("physical", "12 rue de Rivoli, Paris", null, null, null), 1, 1, 1, At, At, [], null);

    private CalendlyInvitee _fromQuestion = null!;
    private string _region = null!;

    [GlobalSetup]
    public void Setup()
    {
        _region = "FR";
        _fromQuestion = new CalendlyInvitee(
        "https://api.calendly.com/scheduled_events/e1/invitees/i1", "marie@example.fr", "Marie Dupont", "Marie", "Dupont", "active",
        _event.Uri,
        [new CalendlyQuestionAndAnswer("Votre budget ?", "1500 €", 0), new CalendlyQuestionAndAnswer("Numéro de téléphone portable", "06 12 34 56 78", 1)],
        "Europe/Paris", null, false, null, null, null, null, null, null, At, At);
    }

    [Benchmark]
    public string? FrenchNationalNumber() => PhoneNumberNormalizer.Normalize("06 12 34 56 78", _region);

    [Benchmark]
    public string? InternationalNumber() => PhoneNumberNormalizer.Normalize("+1 (415) 555-0132", _region);

    [Benchmark]
    public string? NotANumber() => PhoneNumberNormalizer.Normalize("appelez-moi le soir", _region);

    [Benchmark]
    public string? ExtractFromQuestionAndNormalize() =>
        PhoneNumberNormalizer.Normalize(InviteePhoneExtractor.Extract(_fromQuestion, _event), _region);
}
