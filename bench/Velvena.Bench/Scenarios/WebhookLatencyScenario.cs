using System.Text.Json;
using Velvena.Bench.Hosting;
using Velvena.Bench.Results;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.State;

namespace Velvena.Bench.Scenarios;

/// <summary>
/// Scenario 3: from the sandbox's delivery of <c>invitee.created</c> (its delivery log's attempt time) to the prospect
/// being readable through <c>GET /prospects</c>, one booking at a time, polled every 2 ms.
/// </summary>
public sealed class WebhookLatencyScenario(BenchOptions options) : IBenchScenario
{
    private const int Bookings = 200;

    public string Title => "3. Webhook to prospect";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!options.Runs("latency"))
        {
            return;
        }

        await using var environment = await BenchEnvironment.StartAsync();
        var owner = environment.Sandbox.Seed.CreateUser(new NewUser("Camille Martin", "camille.latency@velvena.example", Role: UserRole.Owner));
        var organizationId = Guid.NewGuid();
        await environment.ConnectAsync(organizationId, owner.Uuid, cancellationToken);
        using var api = environment.Api.ClientFor(organizationId);
        var samples = new List<double>(Bookings);
        var start = DateTimeOffset.UtcNow.Date.AddDays(3).AddHours(9);
        for (var i = 0; i < Bookings; i++)
        {
            var email = $"latence{i}@bench.example";
            var booking = environment.Sandbox.Seed.Book(new NewBooking(
                new NewInvitee(email, FirstName: "Léa", LastName: $"Martin{i}", TextReminderNumber: "06 12 34 56 78"), start.AddMinutes(30 * i), Host: owner.Uuid));
            var readableAt = await WaitUntilReadableAsync(api, email, cancellationToken);
            var delivered = environment.Sandbox.Webhooks.DeliveryLog.First(d => d.Invitee == booking.InviteeUri && d.Event == "invitee.created").AttemptedAt;
            samples.Add((readableAt - delivered).TotalMilliseconds);
            if ((i + 1) % 50 == 0)
            {
                Progress.Line($"latency: {i + 1}/{Bookings} bookings, p50 so far {Percentiles.Of(samples, 50):0.0} ms");
            }
        }

        var figures = new LatencyFigures(Math.Round(Percentiles.Of(samples, 50), 1), Math.Round(Percentiles.Of(samples, 99), 1));
        report.Section(Title);
        report.Add($"{Bookings} bookings made one at a time at the sandbox (real signed `invitee.created` deliveries to the API over loopback); for each, the time from the sandbox's delivery attempt to the prospect appearing in `GET /prospects` (polled every 2 ms, which also loads the API).");
        report.Add(string.Empty);
        report.Add($"- p50 **{figures.P50:0.0} ms**, p99 **{figures.P99:0.0} ms**, max {samples.Max():0.0} ms (the seed: up to an hour, at its next hourly sync).");
        Progress.Line($"latency: p50 {figures.P50} ms, p99 {figures.P99} ms");
        report.Results.WebhookLatencyMs = figures;
    }

    private static async Task<DateTimeOffset> WaitUntilReadableAsync(HttpClient api, string email, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var body = await api.GetStringAsync(new Uri("prospects?pageSize=5", UriKind.Relative), cancellationToken);
            var now = DateTimeOffset.UtcNow;
            using var page = JsonDocument.Parse(body);
            if (page.RootElement.GetProperty("items").EnumerateArray().Any(p => p.GetProperty("email").GetString() == email))
            {
                return now;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(2), cancellationToken);
        }

        throw new TimeoutException($"The prospect {email} did not appear within 30 s.");
    }
}
