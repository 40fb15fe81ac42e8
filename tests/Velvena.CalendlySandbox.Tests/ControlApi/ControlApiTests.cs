using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Velvena.CalendlySandbox.Tests.ControlApi;

/// <summary>The HTTP control API a curl user and the demo use: seed everything, book, reschedule, cancel.</summary>
public sealed class ControlApiTests
{
    [Test]
    public async Task A_whole_world_is_seeded_and_booked_over_http_and_read_back_through_the_calendly_api()
    {
        await using var sandbox = await CalendlySandboxHost.StartAsync(new SandboxOptions { RandomSeed = 3 });
        using var http = new HttpClient { BaseAddress = new Uri(sandbox.BaseUrl + "/") };

        var organization = await PostAsync(http, "_sandbox/organizations", new { name = "Boutique Lumière" });
        var owner = await PostAsync(http, "_sandbox/users", new { name = "Camille Martin", email = "camille@lumiere.example", organization = organization["uuid"]!.GetValue<Guid>(), role = "owner" });
        var ownerUuid = owner["uuid"]!.GetValue<Guid>();
        var client = await PostAsync(http, "_sandbox/oauth_clients", new { client_id = "curl-app", client_secret = "curl-secret", redirect_uris = new[] { "http://localhost/cb" }, auto_approve = true, default_user = ownerUuid });
        var eventType = await PostAsync(http, "_sandbox/event_types", new { owner = ownerUuid, name = "Essayage", duration_minutes = 45 });
        var tokens = await PostAsync(http, "_sandbox/tokens", new { client_id = client["client_id"]!.GetValue<string>(), user = ownerUuid });

        var booking = await PostAsync(http, "_sandbox/bookings", new
        {
            event_type = eventType["uuid"]!.GetValue<Guid>(),
            start_time = "2030-01-15T09:00:00Z",
            invitee = new
            {
                email = "marie@example.fr",
                first_name = "Marie",
                last_name = "Dupont",
                questions_and_answers = new[] { new { question = "Numéro de téléphone", answer = "06 12 34 56 78" } },
            },
        });
        var inviteeUuid = booking["invitee_uuid"]!.GetValue<Guid>();
        var rescheduled = await PostAsync(http, $"_sandbox/invitees/{inviteeUuid}/reschedule", new { start_time = "2030-01-16T10:00:00Z" });
        using (var cancel = await http.PostAsJsonAsync(new Uri($"_sandbox/invitees/{rescheduled["invitee_uuid"]!.GetValue<Guid>()}/cancel", UriKind.Relative), new { reason = "Empêchement" }))
        {
            Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        using var api = new HttpClient { BaseAddress = new Uri(sandbox.BaseUrl + "/") };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens["access_token"]!.GetValue<string>());
        var events = await api.GetFromJsonAsync<JsonObject>(new Uri($"scheduled_events?user={Uri.EscapeDataString(owner["uri"]?.GetValue<string>() ?? $"{sandbox.BaseUrl}/users/{ownerUuid}")}", UriKind.Relative));
        var statuses = events!["collection"]!.AsArray().Select(e => e!["status"]!.GetValue<string>()).Order().ToList();

        Assert.That(statuses, Is.EqualTo(new[] { "canceled", "canceled" }), "the original event (rescheduled) and the new one (canceled)");
        var invitees = await api.GetFromJsonAsync<JsonObject>(new Uri($"scheduled_events/{booking["event_uuid"]!.GetValue<Guid>()}/invitees", UriKind.Relative));
        var original = invitees!["collection"]!.AsArray().Single()!;
        Assert.That(original["rescheduled"]!.GetValue<bool>(), Is.True);
        Assert.That(original["new_invitee"]!.GetValue<string>(), Does.EndWith(rescheduled["invitee_uuid"]!.GetValue<Guid>().ToString()));
        Assert.That(original["questions_and_answers"]![0]!["answer"]!.GetValue<string>(), Is.EqualTo("06 12 34 56 78"));
    }

    [Test]
    public async Task Control_requests_naming_unknown_things_are_refused_without_changing_state()
    {
        await using var sandbox = await CalendlySandboxHost.StartAsync(new SandboxOptions { RandomSeed = 3 });
        using var http = new HttpClient { BaseAddress = new Uri(sandbox.BaseUrl + "/") };
        var before = await http.GetFromJsonAsync<JsonObject>(new Uri("_sandbox/", UriKind.Relative));

        using var response = await http.PostAsJsonAsync(new Uri("_sandbox/bookings", UriKind.Relative), new
        {
            event_type = Guid.NewGuid(),
            start_time = "2030-01-15T09:00:00Z",
            invitee = new { email = "x@example.fr", name = "X" },
        });
        var after = await http.GetFromJsonAsync<JsonObject>(new Uri("_sandbox/", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.InRange(400, 404));
        Assert.That(after!.ToJsonString(), Is.EqualTo(before!.ToJsonString()));
    }

    private static async Task<JsonObject> PostAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{path}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
