using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Calendly.Webhooks.Models;
using Velvena.Application.Calendly.Webhooks.Ports;
using Velvena.Bench.Hosting;
using Velvena.Infrastructure.Calendly;
using Velvena.Infrastructure.Calendly.Webhooks;

namespace Velvena.Bench.Micro;

/// <summary>
/// The check every webhook delivery pays before anything else: the product's verifier (resolved through the same
/// registration as the API's), over a body the size of a real <c>invitee.created</c> delivery (about 3 KB).
/// </summary>
[MemoryDiagnoser]
public class WebhookSignatureBenchmarks : IDisposable
{
    private const string SigningKey = "velvena-bench-webhook-signing-key";

    private ServiceProvider? _services;
    private ICalendlyWebhookSignatureVerifier _verifier = null!;
    private byte[] _body = null!;
    private string _valid = null!;
    private string _forged = null!;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().Build();
        _services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .Configure<CalendlyOptions>(o => o.WebhookSigningKey = SigningKey)
            .AddCalendlyWebhooks(configuration)
            .BuildServiceProvider();
        _verifier = _services.GetRequiredService<ICalendlyWebhookSignatureVerifier>();
        _body = Encoding.UTF8.GetBytes(InviteeCreatedBody());
        var now = DateTimeOffset.UtcNow;
        _valid = WebhookSigner.Sign(SigningKey, now, _body);
        _forged = WebhookSigner.Sign("not-the-signing-key", now, _body);
        if (_verifier.Verify(_valid, _body) != CalendlyWebhookSignatureCheck.Valid || _verifier.Verify(_forged, _body) != CalendlyWebhookSignatureCheck.Mismatch)
        {
            throw new InvalidOperationException("The verifier does not accept the bench's signature: the benchmark would measure the wrong path.");
        }
    }

    [Benchmark(Baseline = true)]
    public CalendlyWebhookSignatureCheck Valid() => _verifier.Verify(_valid, _body);

    [Benchmark]
    public CalendlyWebhookSignatureCheck Forged() => _verifier.Verify(_forged, _body);

    [GlobalCleanup]
    public void Dispose()
    {
        _services?.Dispose();
        _services = null;
        GC.SuppressFinalize(this);
    }

    private static string InviteeCreatedBody()
    {
        var answers = string.Join(',', Enumerable.Range(1, 4).Select(i =>
            $$"""{"question":"Question {{i}} : précisez votre demande","answer":"Réponse {{i}} avec quelques mots de plus pour la taille","position":{{i}}}"""));
        return $$"""
            {"created_at":"2026-11-25T10:00:00.000000Z","created_by":"https://api.calendly.com/users/AAAAAAAAAAAAAAAA","event":"invitee.created",
             "payload":{"cancel_url":"https://calendly.com/cancellations/AAAAAAAAAAAAAAAA","created_at":"2026-11-25T10:00:00.000000Z",
              "email":"marie.dupont@example.fr","event":"https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2","first_name":"Marie",
              "last_name":"Dupont","name":"Marie Dupont","new_invitee":null,"no_show":null,"old_invitee":null,"payment":null,
              "questions_and_answers":[{{answers}}],"reconfirmation":null,"reschedule_url":"https://calendly.com/reschedulings/AAAAAAAAAAAAAAAA",
              "rescheduled":false,"routing_form_submission":null,"status":"active","text_reminder_number":"+33 6 12 34 56 78",
              "timezone":"Europe/Paris","tracking":{"utm_campaign":null,"utm_source":null,"utm_medium":null,"utm_content":null,"utm_term":null,"salesforce_uuid":null},
              "updated_at":"2026-11-25T10:00:00.000000Z","uri":"https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2/invitees/AAAAAAAAAAAAAAAA",
              "scheduled_event":{"uri":"https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2","name":"Essayage robe de mariée","status":"active",
               "start_time":"2026-12-04T09:00:00.000000Z","end_time":"2026-12-04T10:00:00.000000Z","event_type":"https://api.calendly.com/event_types/AAAAAAAAAAAAAAAA",
               "location":{"type":"physical","location":"12 rue de la Paix, 75002 Paris"},"invitees_counter":{"total":1,"active":1,"limit":1},
               "created_at":"2026-11-25T10:00:00.000000Z","updated_at":"2026-11-25T10:00:00.000000Z",
               "event_memberships":[{"user":"https://api.calendly.com/users/AAAAAAAAAAAAAAAA","user_email":"camille.martin@velvena.example","user_name":"Camille Martin"}],
               "event_guests":[]} } }
            """;
    }
}
