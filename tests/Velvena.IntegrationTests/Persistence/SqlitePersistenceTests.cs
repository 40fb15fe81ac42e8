using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Velvena.Domain.Organizations;
using Velvena.Domain.Prospects;

namespace Velvena.IntegrationTests.Persistence;

/// <summary>The SQLite migrations applied to an empty database file, then the model exercised against it.</summary>
[TestFixture]
public sealed class SqlitePersistenceTests
{
    private static readonly string[] Tables = ["Organizations", "CalendlyConnections", "Prospects", "Appointments"];
    private static readonly string[] StatusNames = ["Canceled", "Scheduled"];

    private SqliteTestDatabase _database = null!;

    [SetUp]
    public async Task CreateDatabase() => _database = await SqliteTestDatabase.CreateAsync();

    [TearDown]
    public async Task DeleteDatabase() => await _database.DisposeAsync();

    [Test]
    public async Task All_migrations_apply_to_an_empty_database()
    {
        await using var context = _database.CreateContext();

        var applied = await context.Database.GetAppliedMigrationsAsync();
        var tables = await context.Database
            .SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
            .ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(_database.FilePath), Is.True);
            Assert.That(applied, Is.EqualTo(context.Database.GetMigrations()).And.Not.Empty);
            Assert.That(context.Database.GetPendingMigrations(), Is.Empty);
            Assert.That(tables, Is.SupersetOf(Tables));
        });
    }

    [Test]
    public async Task Organization_prospect_and_appointments_round_trip_with_utc_dates()
    {
        var organization = TestData.ConnectedOrganization();
        organization.Calendly.RecordSync(CalendlySyncStatus.Succeeded, TestData.Now.AddMinutes(5), error: null);
        organization.Calendly.RecordWebhook("https://api.calendly.com/webhook_subscriptions/W1", WebhookSubscriptionState.Active);
        var prospect = TestData.Prospect(organization.Id);
        prospect.DescribeLatestBooking(TestData.Metadata("https://api.calendly.com/invitees/INV1"), TestData.Now);
        prospect.AddAppointment(TestData.Appointment(prospect, "https://api.calendly.com/invitees/INV1", TestData.Now.AddDays(3)));
        prospect.AddAppointment(TestData.Appointment(prospect, "https://api.calendly.com/invitees/INV2", TestData.Now.AddDays(1)));
        prospect.Appointments.Last().Cancel("Empêchement", "Alice Martin", "invitee", TestData.Now.AddHours(1), null, TestData.Now.AddHours(1));

        await using (var writer = _database.CreateContext())
        {
            writer.Organizations.Add(organization);
            writer.Prospects.Add(prospect);
            await writer.SaveChangesAsync();
        }

        await using var reader = _database.CreateContext();
        var savedOrganization = await reader.Organizations.SingleAsync(o => o.Id == organization.Id);
        var savedProspect = await reader.Prospects.Include(p => p.Appointments).SingleAsync(p => p.Id == prospect.Id);
        var appointments = savedProspect.Appointments.OrderBy(a => a.StartUtc).ToList();
        var storedStatuses = await reader.Database
            .SqlQuery<string>($"SELECT Status AS Value FROM Appointments ORDER BY Status")
            .ToListAsync();

        var calendly = savedOrganization.Calendly;
        Assert.Multiple(() =>
        {
            Assert.That(savedOrganization.Name, Is.EqualTo("Maison Velours"));
            Assert.That(savedOrganization.CreatedAtUtc, Is.EqualTo(TestData.Now));
            Assert.That(savedOrganization.CreatedAtUtc.Kind, Is.EqualTo(DateTimeKind.Utc));

            Assert.That(calendly.OAuthConnected, Is.True);
            Assert.That(calendly.OrganizationUri, Is.EqualTo("https://api.calendly.com/organizations/BBBB"));
            Assert.That(calendly.EncryptedRefreshToken, Is.EqualTo("v1.key1.refresh-ciphertext"));
            Assert.That(calendly.OAuthExpiresAtUtc, Is.EqualTo(TestData.Now.AddHours(2)));
            Assert.That(calendly.OAuthExpiresAtUtc!.Value.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(calendly.LastSyncStatus, Is.EqualTo(CalendlySyncStatus.Succeeded));
            Assert.That(calendly.LastSyncAtUtc!.Value.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(calendly.WebhookState, Is.EqualTo(WebhookSubscriptionState.Active));
            Assert.That(calendly.Version, Is.EqualTo(organization.Calendly.Version));

            Assert.That(savedProspect.NormalizedEmail, Is.EqualTo("alice.martin@example.com"));
            Assert.That(savedProspect.Metadata, Is.EqualTo(prospect.Metadata));
            Assert.That(savedProspect.Metadata.EventStartUtc!.Value.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(savedProspect.UpdatedAtUtc.Kind, Is.EqualTo(DateTimeKind.Utc));

            Assert.That(appointments, Has.Count.EqualTo(2));
            Assert.That(appointments[0].Status, Is.EqualTo(AppointmentStatus.Canceled));
            Assert.That(appointments[0].CancellationReason, Is.EqualTo("Empêchement"));
            Assert.That(appointments[0].CanceledAtUtc!.Value.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(appointments[1].Status, Is.EqualTo(AppointmentStatus.Scheduled));
            Assert.That(appointments[1].StartUtc, Is.EqualTo(TestData.Now.AddDays(3)));
            Assert.That(appointments[1].StartUtc.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(storedStatuses, Is.EqualTo(StatusNames), "enums are stored as their names");
        });
    }

    [Test]
    public async Task A_local_time_is_stored_as_utc()
    {
        var local = new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Local);
        var organization = new Organization(Guid.NewGuid(), "Local", local);

        await using (var writer = _database.CreateContext())
        {
            writer.Organizations.Add(organization);
            await writer.SaveChangesAsync();
        }

        await using var reader = _database.CreateContext();
        var saved = await reader.Organizations.SingleAsync(o => o.Id == organization.Id);

        Assert.That(saved.CreatedAtUtc, Is.EqualTo(local.ToUniversalTime()));
        Assert.That(saved.CreatedAtUtc.Kind, Is.EqualTo(DateTimeKind.Utc));
    }

    [Test]
    public async Task Prospects_list_newest_first_filtered_by_status_and_metadata()
    {
        var organization = TestData.ConnectedOrganization();
        var oldest = TestData.Prospect(organization.Id, "a@example.com", TestData.Now.AddDays(-2));
        var newest = TestData.Prospect(organization.Id, "b@example.com", TestData.Now);
        var middle = TestData.Prospect(organization.Id, "c@example.com", TestData.Now.AddDays(-1));
        middle.DescribeLatestBooking(TestData.Metadata("https://api.calendly.com/invitees/INV9"), TestData.Now);

        await using (var writer = _database.CreateContext())
        {
            writer.Organizations.Add(organization);
            writer.Prospects.AddRange(oldest, newest, middle);
            await writer.SaveChangesAsync();
        }

        await using var reader = _database.CreateContext();
        var listed = await reader.Prospects
            .Where(p => p.OrganizationId == organization.Id && p.Status == ProspectStatuses.Nouveau)
            .OrderByDescending(p => p.CreatedAtUtc)
            .Select(p => p.Id)
            .ToListAsync();
        var fromInstagram = await reader.Prospects
            .Where(p => p.OrganizationId == organization.Id && p.Metadata.UtmSource == "instagram")
            .Select(p => p.Id)
            .ToListAsync();

        Assert.That(listed, Is.EqualTo(new[] { newest.Id, middle.Id, oldest.Id }));
        Assert.That(fromInstagram, Is.EqualTo(new[] { middle.Id }));
    }

    [Test]
    public async Task Same_email_differing_only_by_case_and_whitespace_is_rejected_in_one_organization()
    {
        var organization = TestData.ConnectedOrganization();
        await using (var writer = _database.CreateContext())
        {
            writer.Organizations.Add(organization);
            writer.Prospects.Add(TestData.Prospect(organization.Id, "alice.martin@example.com"));
            await writer.SaveChangesAsync();
        }

        await using var duplicateWriter = _database.CreateContext();
        duplicateWriter.Prospects.Add(TestData.Prospect(organization.Id, "  ALICE.Martin@Example.COM "));

        var exception = Assert.ThrowsAsync<DbUpdateException>(() => duplicateWriter.SaveChangesAsync());
        AssertUniqueViolation(exception, "Prospects.OrganizationId, Prospects.NormalizedEmail");
    }

    [Test]
    public async Task Same_email_in_another_organization_is_allowed()
    {
        var first = TestData.ConnectedOrganization("Première");
        var second = TestData.ConnectedOrganization("Seconde");
        await using (var writer = _database.CreateContext())
        {
            writer.Organizations.AddRange(first, second);
            writer.Prospects.Add(TestData.Prospect(first.Id, "alice.martin@example.com"));
            await writer.SaveChangesAsync();
        }

        await using (var writer = _database.CreateContext())
        {
            writer.Prospects.Add(TestData.Prospect(second.Id, "Alice.Martin@example.com"));
            await writer.SaveChangesAsync();
        }

        await using var reader = _database.CreateContext();
        Assert.That(await reader.Prospects.CountAsync(p => p.NormalizedEmail == "alice.martin@example.com"), Is.EqualTo(2));
    }

    [Test]
    public async Task Same_invitee_uri_is_rejected_in_one_organization()
    {
        const string inviteeUri = "https://api.calendly.com/invitees/INV1";
        var organization = TestData.ConnectedOrganization();
        var prospect = TestData.Prospect(organization.Id);
        var other = TestData.Prospect(organization.Id, "other@example.com");
        prospect.AddAppointment(TestData.Appointment(prospect, inviteeUri, TestData.Now.AddDays(1)));
        await using (var writer = _database.CreateContext())
        {
            writer.Organizations.Add(organization);
            writer.Prospects.AddRange(prospect, other);
            await writer.SaveChangesAsync();
        }

        await using var duplicateWriter = _database.CreateContext();
        duplicateWriter.Appointments.Add(TestData.Appointment(other, inviteeUri, TestData.Now.AddDays(2)));

        var exception = Assert.ThrowsAsync<DbUpdateException>(() => duplicateWriter.SaveChangesAsync());
        AssertUniqueViolation(exception, "Appointments.OrganizationId, Appointments.CalendlyInviteeUri");
    }

    [Test]
    public async Task Second_writer_of_the_same_connection_gets_a_concurrency_exception()
    {
        var organization = TestData.ConnectedOrganization();
        await using (var writer = _database.CreateContext())
        {
            writer.Organizations.Add(organization);
            await writer.SaveChangesAsync();
        }

        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        var firstCopy = await first.Organizations.SingleAsync(o => o.Id == organization.Id);
        var secondCopy = await second.Organizations.SingleAsync(o => o.Id == organization.Id);

        firstCopy.Calendly.ReplaceTokens("v1.key1.access-2", "v1.key1.refresh-2", TestData.Now.AddHours(3));
        await first.SaveChangesAsync();
        secondCopy.Calendly.RequireReauthorization("invalid_grant");

        Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var reader = _database.CreateContext();
        var saved = await reader.Organizations.SingleAsync(o => o.Id == organization.Id);
        Assert.That(saved.Calendly.EncryptedRefreshToken, Is.EqualTo("v1.key1.refresh-2"));
        Assert.That(saved.Calendly.ReauthorizationRequired, Is.False);
    }

    [Test]
    public async Task Deleting_an_organization_removes_its_connection_prospects_and_appointments()
    {
        var organization = TestData.ConnectedOrganization();
        var prospect = TestData.Prospect(organization.Id);
        prospect.AddAppointment(TestData.Appointment(prospect, "https://api.calendly.com/invitees/INV1", TestData.Now));
        await using (var writer = _database.CreateContext())
        {
            writer.Organizations.Add(organization);
            writer.Prospects.Add(prospect);
            await writer.SaveChangesAsync();
        }

        await using (var deleter = _database.CreateContext())
        {
            deleter.Organizations.Remove(await deleter.Organizations.SingleAsync(o => o.Id == organization.Id));
            await deleter.SaveChangesAsync();
        }

        await using var reader = _database.CreateContext();
        var connections = await reader.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM CalendlyConnections").SingleAsync();
        var prospects = await reader.Prospects.CountAsync();
        var appointments = await reader.Appointments.CountAsync();
        Assert.Multiple(() =>
        {
            Assert.That(connections, Is.Zero);
            Assert.That(prospects, Is.Zero);
            Assert.That(appointments, Is.Zero);
        });
    }

    private static void AssertUniqueViolation(DbUpdateException? exception, string columns)
    {
        Assert.That(exception, Is.Not.Null);
        Assert.That(exception!.InnerException, Is.TypeOf<SqliteException>());
        var inner = (SqliteException)exception.InnerException!;
        Assert.Multiple(() =>
        {
            Assert.That(inner.SqliteErrorCode, Is.EqualTo(19), "SQLITE_CONSTRAINT");
            Assert.That(inner.Message, Does.Contain($"UNIQUE constraint failed: {columns}"));
        });
    }
}
