using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Tests.Support;

/// <summary>A started sandbox with an organization, an owner, a plain member, an OAuth client and the owner's token.</summary>
internal sealed class SandboxSession : IAsyncDisposable
{
    private SandboxSession(CalendlySandboxHost host, SandboxOrganization organization, SandboxUser owner, SandboxUser member, OAuthClient client, HttpClient api)
    {
        Host = host;
        Organization = organization;
        Owner = owner;
        Member = member;
        Client = client;
        Api = api;
    }

    public CalendlySandboxHost Host { get; }
    public SandboxOrganization Organization { get; }
    public SandboxUser Owner { get; }
    public SandboxUser Member { get; }
    public OAuthClient Client { get; }

    /// <summary>Authenticated as the owner.</summary>
    public HttpClient Api { get; }

    public string OrganizationUri => Host.Urls.Organization(Organization.Uuid);
    public string OwnerUri => Host.Urls.User(Owner.Uuid);

    public static async Task<SandboxSession> StartAsync(SandboxOptions? options = null, IReadOnlyList<string>? scopes = null)
    {
        var host = await CalendlySandboxHost.StartAsync(options ?? new SandboxOptions { RandomSeed = 42 });
        var organization = host.Seed.CreateOrganization(new NewOrganization("Acme"));
        var owner = host.Seed.CreateUser(new NewUser("Owner Person", "owner@acme.example", organization.Uuid, UserRole.Owner));
        var member = host.Seed.CreateUser(new NewUser("Member Person", "member@acme.example", organization.Uuid, UserRole.User));
        var client = host.Seed.CreateOAuthClient(new NewOAuthClient("test-client", "test-secret", ["http://localhost:5080/cb"], scopes, "test-signing-key", AutoApprove: true, DefaultUser: owner.Uuid));
        var api = host.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.Seed.IssueTokens(client.ClientId, owner.Uuid).Access.Token);
        return new SandboxSession(host, organization, owner, member, client, api);
    }

    public HttpClient ClientFor(Guid user, IEnumerable<string>? scopes = null)
    {
        var http = Host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Host.Seed.IssueTokens(Client.ClientId, user, scopes).Access.Token);
        return http;
    }

    public BookingResult Book(int minutesFromBase = 0, NewInvitee? invitee = null, EventLocation? location = null, Guid? eventType = null) =>
        Host.Seed.Book(new NewBooking(
            invitee ?? new NewInvitee("alice@example.com", FirstName: "Alice", LastName: "Durand"),
            new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(minutesFromBase),
            EventType: eventType,
            Host: eventType is null ? Owner.Uuid : null,
            Location: location));

    public static async Task<(HttpResponseMessage Response, string Body)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        return (response, await response.Content.ReadAsStringAsync());
    }

    public static JsonNode Parse(string body) => JsonNode.Parse(body) ?? throw new JsonException("Empty body");

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Host.DisposeAsync();
    }
}
