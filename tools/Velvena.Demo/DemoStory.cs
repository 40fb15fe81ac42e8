using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Velvena.Demo;

/// <summary>
/// The story a newcomer wants to see, over HTTP only: an admin token, Calendly connected through the consent page,
/// three bookings (a French phone question, a group event, one rescheduled later), prospects arriving by webhook,
/// a cancellation, then the hourly sync run by hand, which finds nothing new to create.
/// </summary>
public sealed class DemoStory(Uri api, Uri sandbox) : IDisposable
{
    private static readonly TimeSpan WebhookWait = TimeSpan.FromSeconds(15);

    private readonly HttpClient _api = new() { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
    private readonly HttpClient _sandbox = new() { BaseAddress = sandbox, Timeout = TimeSpan.FromSeconds(30) };
    private readonly HttpClient _browser = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Narrator.Step("Waiting for the API and the Calendly sandbox");
        await WaitUntilUpAsync(_api, "health/ready", cancellationToken);
        await WaitUntilUpAsync(_sandbox, "_sandbox/", cancellationToken);
        Narrator.Say($"API {_api.BaseAddress} (docs: {_api.BaseAddress}scalar, jobs: {_api.BaseAddress}hangfire), sandbox {_sandbox.BaseAddress}");

        Narrator.Step("An administrator of a new boutique gets a token (POST /dev/tokens)");
        var token = await PostJsonAsync(_api, "dev/tokens", new { organizationName = "Boutique Démo", organizationId = Guid.NewGuid(), admin = true }, cancellationToken);
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Text(token, "accessToken"));
        Narrator.Say($"organization {Text(token, "organizationId")}, user {Text(token, "userId")}, role admin");

        await ConnectAsync(cancellationToken);
        var (oneToOne, group) = await EventTypesAsync(cancellationToken);

        Narrator.Step("Three customers book on the boutique's Calendly (sandbox control API)");
        var start = DateTime.UtcNow.Date.AddDays(7).AddHours(9);
        var marie = await BookAsync(oneToOne, start, new
        {
            email = "marie.dupont@example.fr", first_name = "Marie", last_name = "Dupont",
            questions_and_answers = new[] { new { question = "Numéro de téléphone", answer = "06 12 34 56 78" } },
        }, cancellationToken);
        Narrator.Say("Marie Dupont books a one-to-one fitting and answers the phone question with \"06 12 34 56 78\"");
        var sophie = await BookAsync(group, start.AddDays(1), new { email = "sophie.bernard@example.fr", first_name = "Sophie", last_name = "Bernard" }, cancellationToken);
        await PostJsonAsync(_sandbox, $"_sandbox/scheduled_events/{Text(sophie, "event_uuid")}/invitees", new { email = "julie.moreau@example.fr", name = "Julie Moreau" }, cancellationToken);
        Narrator.Say("Sophie Bernard and Julie Moreau join the same group workshop (one Calendly event, two invitees)");
        var claire = await BookAsync(oneToOne, start.AddDays(2), new { email = "claire.petit@example.fr", first_name = "Claire", last_name = "Petit", text_reminder_number = "+33 7 98 76 54 32" }, cancellationToken);
        Narrator.Say("Claire Petit books a one-to-one fitting (SMS reminder number +33 7 98 76 54 32)");

        Narrator.Step("The prospects appear by webhook (GET /prospects), no sync involved");
        var prospects = await WaitForProspectsAsync(["marie.dupont@example.fr", "sophie.bernard@example.fr", "julie.moreau@example.fr", "claire.petit@example.fr"], cancellationToken);
        Expect(Text(prospects["marie.dupont@example.fr"], "phone") == "+33612345678", $"Marie's phone should be +33612345678 (E.164), got {Text(prospects["marie.dupont@example.fr"], "phone")}");
        Expect(Text(prospects["claire.petit@example.fr"], "phone") == "+33798765432", $"Claire's phone should be +33798765432, got {Text(prospects["claire.petit@example.fr"], "phone")}");

        Narrator.Step("Claire reschedules her fitting");
        await PostJsonAsync(_sandbox, $"_sandbox/invitees/{Text(claire, "invitee_uuid")}/reschedule", new { start_time = start.AddDays(3).ToString("O") }, cancellationToken);
        var claireAfter = await WaitForAppointmentsAsync(Text(prospects["claire.petit@example.fr"], "id"), a => a.Count == 2 && a.Any(x => Text(x, "status") == "Rescheduled") && a.Any(x => Text(x, "status") == "Scheduled"), "a rescheduled appointment and its replacement", cancellationToken);
        Narrator.Say($"same prospect, {claireAfter.Count} appointments: {string.Join(", ", claireAfter.Select(a => $"{Text(a, "startUtc")} {Text(a, "status")}"))}");

        Narrator.Step("Marie cancels");
        await PostJsonAsync(_sandbox, $"_sandbox/invitees/{Text(marie, "invitee_uuid")}/cancel", new { reason = "Empêchement" }, cancellationToken);
        var marieAfter = await WaitForAppointmentsAsync(Text(prospects["marie.dupont@example.fr"], "id"), a => a.Count == 1 && Text(a[0], "status") == "Canceled", "a canceled appointment", cancellationToken);
        Narrator.Say($"appointment {Text(marieAfter[0], "status")} (reason: {Text(marieAfter[0], "cancellationReason")}); the prospect is kept");

        await SyncAsync(prospects.Count, cancellationToken);
    }

    public void Dispose()
    {
        _api.Dispose();
        _sandbox.Dispose();
        _browser.Dispose();
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        Narrator.Step("Connect Calendly (POST /auth/calendly/authorize, the sandbox's consent page, GET /auth/calendly/callback)");
        var begin = await PostJsonAsync(_api, "auth/calendly/authorize", null, cancellationToken);
        var authorizeUrl = new Uri(Text(begin, "authorizeUrl"));
        Narrator.Say($"consent page: {authorizeUrl.GetLeftPart(UriPartial.Path)} (state and PKCE challenge in the query)");
        using var consent = await _browser.GetAsync(authorizeUrl, cancellationToken);
        Uri? redirect;
        if (consent.StatusCode == HttpStatusCode.Redirect)
        {
            redirect = consent.Headers.Location;
        }
        else
        {
            Expect(consent.StatusCode == HttpStatusCode.OK, $"the consent page answered {(int)consent.StatusCode}");
            var form = ConsentPage.ApproveForm(await consent.Content.ReadAsStringAsync(cancellationToken));
            using var approve = await _browser.PostAsync(new Uri(authorizeUrl, "/oauth/authorize"), new FormUrlEncodedContent(form), cancellationToken);
            Expect(approve.StatusCode == HttpStatusCode.Redirect, $"pressing Approve answered {(int)approve.StatusCode}");
            redirect = approve.Headers.Location;
            Narrator.Say("pressed Approve on the consent page");
        }

        Expect(redirect is not null && redirect.AbsolutePath == "/auth/calendly/callback", $"Calendly should send the browser back to /auth/calendly/callback, not {redirect}");
        using var callback = await _browser.GetAsync(redirect!, cancellationToken);
        var page = await callback.Content.ReadAsStringAsync(cancellationToken);
        Expect(callback.StatusCode == HttpStatusCode.OK && page.Contains("Calendly connecté", StringComparison.Ordinal), $"the callback page answered {(int)callback.StatusCode}: {page}");
        var status = await GetJsonAsync(_api, "integrations/calendly", cancellationToken);
        Expect(status["connected"]?.GetValue<bool>() == true, "GET /integrations/calendly should say connected");
        Narrator.Say($"connected as {Text(status, "email")} ({Text(status, "calendlyUserUri")}); webhook: {status["webhook"]?.ToJsonString()}");
    }

    private async Task<(string OneToOne, string Group)> EventTypesAsync(CancellationToken cancellationToken)
    {
        var status = await GetJsonAsync(_api, "integrations/calendly", cancellationToken);
        var owner = Text(status, "calendlyUserUri").Split('/')[^1];
        var oneToOne = await PostJsonAsync(_sandbox, "_sandbox/event_types", new
        {
            owner, name = "Essayage robe de mariée", duration_minutes = 60, invitee_limit = 1, location = new { type = "physical", location = "12 rue de Rivoli, 75001 Paris" },
        }, cancellationToken);
        var group = await PostJsonAsync(_sandbox, "_sandbox/event_types", new
        {
            owner, name = "Atelier collectif retouches", duration_minutes = 90, invitee_limit = 8, location = new { type = "physical", location = "12 rue de Rivoli, 75001 Paris" },
        }, cancellationToken);
        return (Text(oneToOne, "uuid"), Text(group, "uuid"));
    }

    private async Task<JsonNode> BookAsync(string eventType, DateTime start, object invitee, CancellationToken cancellationToken) =>
        await PostJsonAsync(_sandbox, "_sandbox/bookings", new { event_type = eventType, start_time = start.ToString("O"), invitee }, cancellationToken);

    private async Task<Dictionary<string, JsonNode>> WaitForProspectsAsync(IReadOnlyList<string> emails, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, JsonNode>(StringComparer.OrdinalIgnoreCase);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < WebhookWait)
        {
            var page = await GetJsonAsync(_api, "prospects?pageSize=50", cancellationToken);
            foreach (var prospect in page["items"]!.AsArray().OfType<JsonNode>())
            {
                var email = Text(prospect, "email");
                if (emails.Contains(email, StringComparer.OrdinalIgnoreCase) && seen.TryAdd(email, prospect))
                {
                    Narrator.Say($"after {clock.Elapsed.TotalMilliseconds:0} ms: {Text(prospect, "firstName")} {Text(prospect, "lastName")} <{email}> phone {Text(prospect, "phone")} status {Text(prospect, "status")} source {Text(prospect, "source")}");
                }
            }

            if (seen.Count == emails.Count)
            {
                return seen;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new DemoStepFailedException(
            $"Only {seen.Count} of {emails.Count} prospects appeared within {WebhookWait.TotalSeconds:0} s of the bookings: the API did not turn the sandbox's webhooks into prospects (needs POST /webhooks/calendly and the subscription created on connect).");
    }

    private async Task<List<JsonNode>> WaitForAppointmentsAsync(string prospectId, Func<List<JsonNode>, bool> expected, string what, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        List<JsonNode> appointments = [];
        while (clock.Elapsed < WebhookWait)
        {
            var prospect = await GetJsonAsync(_api, $"prospects/{prospectId}", cancellationToken);
            appointments = [.. prospect["appointments"]!.AsArray().OfType<JsonNode>()];
            if (expected(appointments))
            {
                return appointments;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new DemoStepFailedException($"Expected {what} within {WebhookWait.TotalSeconds:0} s by webhook; saw: {string.Join(", ", appointments.Select(a => Text(a, "status")))}");
    }

    private async Task SyncAsync(int prospectsBefore, CancellationToken cancellationToken)
    {
        Narrator.Step("Run the hourly sync by hand (POST /integrations/calendly/sync) and wait for it (GET /integrations/calendly)");
        var before = (await GetJsonAsync(_api, "integrations/calendly", cancellationToken))["lastSync"]?["lastRun"]?["id"]?.ToString();
        using var response = await _api.PostAsync(new Uri("integrations/calendly/sync", UriKind.Relative), null, cancellationToken);
        Expect(response.StatusCode == HttpStatusCode.Accepted, $"POST /integrations/calendly/sync answered {(int)response.StatusCode} instead of 202 (needs the hourly sync)");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var run = (await GetJsonAsync(_api, "integrations/calendly", cancellationToken))["lastSync"]?["lastRun"];
            if (run is not null && run["id"]?.ToString() != before && run["finishedAtUtc"] is not null)
            {
                Narrator.Say($"outcome {Text(run, "outcome")}: {Text(run, "eventsRead")} events read, {Text(run, "inviteesRead")} invitees read, {Text(run, "prospectsCreated")} prospects created, {Text(run, "appointmentsCreated")} appointments created, {Text(run, "calendlyCalls")} Calendly calls");
                Expect(Text(run, "outcome") == "Succeeded", $"the sync should succeed, it ended {Text(run, "outcome")}: {Text(run, "error")}");
                Expect(Text(run, "prospectsCreated") == "0" && Text(run, "appointmentsCreated") == "0", "the sync should find nothing new to create: the webhooks already did it");
                var total = (await GetJsonAsync(_api, "prospects?pageSize=50", cancellationToken))["totalCount"]!.GetValue<int>();
                Expect(total == prospectsBefore, $"still {prospectsBefore} prospects expected after the sync, found {total}");
                Narrator.Say($"nothing new to create: still {total} prospects, no duplicate");
                return;
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new DemoStepFailedException("The sync did not finish within 60 s.");
    }

    private static async Task WaitUntilUpAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(90))
            {
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new DemoStepFailedException($"{client.BaseAddress}{path} is not up after 90 s.");
            }

            await Task.Delay(500, cancellationToken);
        }
    }

    private static async Task<JsonNode> PostJsonAsync(HttpClient client, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = body is null
            ? await client.PostAsync(new Uri(path, UriKind.Relative), null, cancellationToken)
            : await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Expect(response.IsSuccessStatusCode, $"POST {path} answered {(int)response.StatusCode}: {text}");
        return string.IsNullOrWhiteSpace(text) ? new JsonObject() : JsonNode.Parse(text)!;
    }

    private static async Task<JsonNode> GetJsonAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Expect(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    private static string Text(JsonNode? node, string property) => node?[property]?.ToString() ?? string.Empty;

    private static void Expect(bool condition, string failure)
    {
        if (!condition)
        {
            throw new DemoStepFailedException(failure);
        }
    }
}
