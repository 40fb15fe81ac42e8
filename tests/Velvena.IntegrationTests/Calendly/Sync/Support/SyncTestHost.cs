using Hangfire;
using Hangfire.Storage;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Calendly.Sync.SyncOrganization;
using Velvena.Application.Common.Interfaces;
using Velvena.CalendlySandbox;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.State;
using Velvena.Domain.Calendly;
using Velvena.Domain.Prospects;
using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Calendly.Sync.Support;

/// <summary>
/// The real API (with its Hangfire server on in-memory storage) pointed at an in-process Calendly sandbox, and
/// organizations connected by storing sandbox-issued tokens directly.
/// </summary>
internal sealed class SyncTestHost : IAsyncDisposable
{
    public const string ClientId = "velvena-sync-tests";
    private const string ClientSecret = "sync-tests-client-secret";

    private SyncTestHost(CalendlySandboxHost sandbox, VelvenaApiFactory api)
    {
        Sandbox = sandbox;
        Api = api;
    }

    public CalendlySandboxHost Sandbox { get; }

    public VelvenaApiFactory Api { get; }

    public JobStorage JobStorage => Api.Services.GetRequiredService<JobStorage>();

    public static async Task<SyncTestHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var sandbox = await CalendlySandboxHost.StartAsync(new SandboxOptions { ApiRequestsPerMinute = 5000 });
        sandbox.Seed.CreateOAuthClient(new NewOAuthClient(ClientId, ClientSecret, ["http://localhost/auth/calendly/callback"], AutoApprove: true));
        var all = new Dictionary<string, string?>
        {
            ["CALENDLY_CLIENT_ID"] = ClientId,
            ["CALENDLY_CLIENT_SECRET"] = ClientSecret,
            ["CALENDLY_AUTH_BASE_URL"] = sandbox.BaseUrl,
            ["CALENDLY_API_BASE_URL"] = sandbox.BaseUrl,
            ["Calendly:Http:MaxRetryAttempts"] = "1",
            ["Calendly:Http:BaseDelay"] = "00:00:00.010",
            ["Calendly:Http:MaxRetryAfter"] = "00:00:01",
            ["Hangfire:WorkerCount"] = "2",
            ["Hangfire:SyncWorkerCount"] = "4",

            // Never due while tests run: the tests trigger the recurring job themselves.
            ["Calendly:Sync:Cron"] = "0 0 1 1 *",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var api = new VelvenaApiFactory(all);
        _ = api.Server;
        return new SyncTestHost(sandbox, api);
    }

    /// <summary>A Calendly user (own Calendly organization) connected to a new Velvena organization.</summary>
    /// <param name="scopes">The scopes the connection's tokens carry; the client's (all) when null.</param>
    public async Task<ConnectedOrganization> ConnectAsync(string name, IReadOnlyList<string>? scopes = null, Guid? calendlyOrganization = null, UserRole role = UserRole.Owner)
    {
        var owner = Sandbox.Seed.CreateUser(new NewUser(name, $"{Guid.NewGuid():N}@boutique.example", calendlyOrganization, role));
        var organizationId = Guid.NewGuid();
        await CalendlyConnectionWriter.ConnectAsync(Api, Sandbox, ClientId, organizationId, name, owner, scopes);
        var eventType = Sandbox.Seed.CreateEventType(new NewEventType(owner.Uuid, "Essayage", 60, InviteeLimit: 3));
        return new ConnectedOrganization(organizationId, owner, eventType);
    }

    public BookingResult Book(ConnectedOrganization organization, DateTimeOffset start, string email, string firstName = "Marie", string lastName = "Dupont") =>
        Sandbox.Seed.Book(new NewBooking(
            new NewInvitee(email, FirstName: firstName, LastName: lastName, TextReminderNumber: "+33 6 12 34 56 78"),
            start,
            EventType: organization.EventType.Uuid,
            SendWebhooks: false));

    public static DateTimeOffset Tomorrow(int minutes = 0) =>
        new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1).AddHours(8), TimeSpan.Zero).AddMinutes(minutes);

    public async Task<SyncOrganizationResult> SyncAsync(Guid organizationId)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SyncOrganizationCommand(organizationId));
    }

    public async Task<T> QueryAsync<T>(Func<IAppDbContext, Task<T>> query)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IAppDbContext>());
    }

    public Task<List<Prospect>> ProspectsAsync(Guid organizationId) =>
        QueryAsync(db => db.Prospects.AsNoTracking().Where(p => p.OrganizationId == organizationId).ToListAsync());

    public Task<List<Appointment>> AppointmentsAsync(Guid organizationId) =>
        QueryAsync(db => db.Appointments.AsNoTracking().Where(a => a.OrganizationId == organizationId).ToListAsync());

    public Task<List<CalendlySyncRun>> RunsAsync(Guid organizationId) =>
        QueryAsync(db => db.CalendlySyncRuns.AsNoTracking().Where(r => r.OrganizationId == organizationId).OrderBy(r => r.StartedAtUtc).ToListAsync());

    /// <summary>The organization's latest sync job id, as the scheduler recorded it in the job storage.</summary>
    public string? SyncJobIdOf(Guid organizationId)
    {
        using var connection = JobStorage.GetConnection();
        return connection.GetAllEntriesFromHash("calendly-sync:jobs")?.GetValueOrDefault(organizationId.ToString("N"));
    }

    public StateData? JobStateData(string jobId)
    {
        using var connection = JobStorage.GetConnection();
        return connection.GetStateData(jobId);
    }

    public string? JobState(string jobId)
    {
        using var connection = JobStorage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    public JobData? JobData(string jobId)
    {
        using var connection = JobStorage.GetConnection();
        return connection.GetJobData(jobId);
    }

    /// <summary>Polls the job storage until <paramref name="condition"/> holds (background jobs run on Hangfire's workers).</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
