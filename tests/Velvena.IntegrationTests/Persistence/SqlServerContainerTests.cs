using System.Runtime.InteropServices;
using DotNet.Testcontainers.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Testcontainers.MsSql;
using Velvena.Infrastructure.Persistence;

namespace Velvena.IntegrationTests.Persistence;

/// <summary>
/// The SQL Server migrations applied to a real SQL Server in a container. Where no Docker engine exists the
/// test reports itself as ignored with the reason, never as passed.
/// </summary>
[TestFixture]
[Category("Docker")]
public sealed class SqlServerContainerTests
{
    private const string Image = "mcr.microsoft.com/mssql/server:2022-latest";

    [Test]
    [CancelAfter(300_000)]
    public async Task Migrations_apply_to_a_real_SQL_Server_and_enforce_the_unique_indexes(CancellationToken ct)
    {
        var missingDocker = DescribeMissingDocker();
        if (missingDocker is not null)
        {
            Assert.Ignore($"SQL Server container test skipped, reason: no Docker engine ({missingDocker}).");
        }

        MsSqlContainer container;
        try
        {
            container = new MsSqlBuilder(Image).Build();
        }
        catch (DockerUnavailableException exception)
        {
            Assert.Ignore($"SQL Server container test skipped, reason: no Docker engine ({exception.Message}).");
            return;
        }

        await using (container)
        {
            await container.StartAsync(ct);

            await using var services = BuildServices(container.GetConnectionString());
            await services.MigrateDatabaseAsync(ct);

            await using var scope = services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var organization = TestData.ConnectedOrganization();
            context.Organizations.Add(organization);
            context.Prospects.Add(TestData.Prospect(organization.Id, "alice@example.com"));
            await context.SaveChangesAsync(ct);

            await using var otherScope = services.CreateAsyncScope();
            var other = otherScope.ServiceProvider.GetRequiredService<AppDbContext>();
            var saved = await other.Organizations.SingleAsync(o => o.Id == organization.Id, ct);
            other.Prospects.Add(TestData.Prospect(organization.Id, " ALICE@example.com"));

            Assert.Multiple(() =>
            {
                Assert.That(other.Database.GetPendingMigrations(), Is.Empty);
                Assert.That(saved.Calendly.OAuthExpiresAtUtc!.Value.Kind, Is.EqualTo(DateTimeKind.Utc));
                Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync(ct));
            });
        }
    }

    /// <summary>A cheap look for a Docker endpoint, so that the test skips in milliseconds where there is none.</summary>
    private static string? DescribeMissingDocker()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")))
        {
            return null;
        }

        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            // Docker Desktop's named pipe is not a file to look for; let Testcontainers try.
            return null;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var sockets = new[]
        {
            "/var/run/docker.sock",
            Path.Combine(home, ".docker", "run", "docker.sock"),
            Path.Combine(home, ".docker", "desktop", "docker.sock"),
        };

        return sockets.Any(File.Exists) ? null : "DOCKER_HOST is not set and no docker.sock was found";
    }

    private static ServiceProvider BuildServices(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [PersistenceServiceCollectionExtensions.ProviderKey] = "SqlServer",
                [PersistenceServiceCollectionExtensions.ConnectionStringKey] = connectionString,
            })
            .Build();
        return new ServiceCollection().AddPersistence(configuration).BuildServiceProvider();
    }
}
