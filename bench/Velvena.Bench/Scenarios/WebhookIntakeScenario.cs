using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Common.Interfaces;
using Velvena.Bench.Hosting;
using Velvena.Bench.Results;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.State;

namespace Velvena.Bench.Scenarios;

/// <summary>
/// Scenario 4: signed <c>invitee.created</c> deliveries posted to <c>POST /webhooks/calendly</c> as fast as
/// <see cref="InFlight"/> concurrent senders can; each is acknowledged only after its signature is checked and it is
/// written to the inbox (SQLite). Then the inbox is counted: none may be lost.
/// </summary>
public sealed class WebhookIntakeScenario(BenchOptions options) : IBenchScenario
{
    private const int Deliveries = 5000;
    private const int InFlight = 32;
    private const int WarmUpDeliveries = 500;

    public string Title => "4. Webhook intake";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!options.Runs("intake"))
        {
            return;
        }

        await using var environment = await BenchEnvironment.StartAsync();
        var owner = environment.Sandbox.Seed.CreateUser(new NewUser("Camille Martin", "camille.intake@velvena.example", Role: UserRole.Owner));
        var organizationId = Guid.NewGuid();
        await environment.ConnectAsync(organizationId, owner.Uuid, cancellationToken);
        var template = await RealPayloadAsync(environment, owner, cancellationToken);
        var ownerUri = environment.Sandbox.Urls.User(owner.Uuid);

        // Warm-up, not measured: the first requests pay for JIT compilation, EF's first queries and connection
        // pooling, which a long-running API has paid long before. The inbox count starts after it.
        using var http = new HttpClient { BaseAddress = new Uri(environment.Api.BaseUrl + "/") };
        var warmUp = Enumerable.Range(0, WarmUpDeliveries).Select(i => Delivery(template, ownerUri, Deliveries + i)).ToArray();
        await PostAllAsync(http, warmUp, new double[warmUp.Length], cancellationToken);
        Progress.Line($"intake: {WarmUpDeliveries} warm-up deliveries sent");

        var bodies = Enumerable.Range(0, Deliveries).Select(i => Delivery(template, ownerUri, i)).ToArray();
        var inboxBefore = await InboxCountAsync(environment, cancellationToken);
        var latencies = new double[Deliveries];
        var clock = Stopwatch.StartNew();
        var rejected = await PostAllAsync(http, bodies, latencies, cancellationToken);
        clock.Stop();

        var stored = await InboxCountAsync(environment, cancellationToken) - inboxBefore;
        var lost = Deliveries - stored;
        var perSecond = Deliveries / clock.Elapsed.TotalSeconds;
        var p99 = Percentiles.Of(latencies, 99);
        report.Section(Title);
        report.Add($"{Deliveries:N0} distinct signed `invitee.created` deliveries (after {WarmUpDeliveries} unmeasured warm-up ones; a real sandbox payload with a new invitee URI and e-mail each) posted to `POST /webhooks/calendly` by {InFlight} concurrent senders over loopback; the API checks each signature (HMAC-SHA256, timestamp tolerance) and writes the inbox row (SQLite) before answering; processing into prospects runs after the acknowledgement, in the same process, during the measurement.");
        report.Add(string.Empty);
        report.Add($"- **{perSecond:0} deliveries/s** acknowledged; acknowledgement p50 {Percentiles.Of(latencies, 50):0.0} ms, **p99 {p99:0.0} ms**, max {latencies.Max():0.0} ms");
        report.Add($"- {rejected} answered non-2xx; inbox rows written: {stored:N0} of {Deliveries:N0} (**lost: {lost}**)");
        Progress.Line($"intake: {perSecond:0}/s, p99 {p99:0.0} ms, rejected {rejected}, lost {lost}");
        report.Results.Intake = new IntakeFigures(Math.Round(perSecond, 0), Math.Round(p99, 1), lost);
    }

    /// <summary>Posts every body, <see cref="InFlight"/> at a time, recording each acknowledgement time; returns the non-2xx count.</summary>
    private static async Task<int> PostAllAsync(HttpClient http, byte[][] bodies, double[] latencies, CancellationToken cancellationToken)
    {
        var rejected = 0;
        var next = -1;
        var senders = Enumerable.Range(0, InFlight).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < bodies.Length)
            {
                using var content = new ByteArrayContent(bodies[i]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/calendly") { Content = content };
                request.Headers.TryAddWithoutValidation("Calendly-Webhook-Signature", WebhookSigner.Sign(BenchEnvironment.SigningKey, DateTimeOffset.UtcNow, bodies[i]));
                var sent = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request, cancellationToken);
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref rejected);
                }

                if ((i + 1) % 1000 == 0)
                {
                    Progress.Line($"intake: {i + 1}/{bodies.Length} deliveries sent");
                }
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(senders);
        return rejected;
    }

    /// <summary>An invitee payload as Calendly sends it: the invitee resource plus its <c>scheduled_event</c>, read from the sandbox API.</summary>
    private static async Task<JsonObject> RealPayloadAsync(BenchEnvironment environment, SandboxUser owner, CancellationToken cancellationToken)
    {
        var booking = environment.Sandbox.Seed.Book(new NewBooking(
            new NewInvitee("modele@bench.example", FirstName: "Marie", LastName: "Dupont", TextReminderNumber: "06 12 34 56 78"),
            DateTimeOffset.UtcNow.Date.AddDays(5).AddHours(10), Host: owner.Uuid, SendWebhooks: false));
        var token = environment.Sandbox.Seed.IssueTokens(BenchEnvironment.ClientId, owner.Uuid).Access.Token;
        using var calendly = new HttpClient();
        calendly.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var scheduledEvent = JsonNode.Parse(await calendly.GetStringAsync(new Uri(booking.EventUri), cancellationToken))!["resource"]!.AsObject();
        var invitee = JsonNode.Parse(await calendly.GetStringAsync(new Uri(booking.InviteeUri), cancellationToken))!["resource"]!.AsObject();
        invitee["scheduled_event"] = scheduledEvent.DeepClone();
        return invitee;
    }

    private static byte[] Delivery(JsonObject template, string ownerUri, int i)
    {
        var payload = template.DeepClone().AsObject();
        payload["uri"] = $"{payload["event"]!.GetValue<string>()}/invitees/{Guid.NewGuid()}";
        payload["email"] = $"intake{i}@bench.example";
        var envelope = new JsonObject
        {
            ["event"] = "invitee.created",
            ["created_at"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["created_by"] = ownerUri,
            ["payload"] = payload,
        };
        return System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }

    private static async Task<int> InboxCountAsync(BenchEnvironment environment, CancellationToken cancellationToken)
    {
        await using var scope = environment.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        return await db.CalendlyWebhookInbox.AsNoTracking().CountAsync(cancellationToken);
    }
}
