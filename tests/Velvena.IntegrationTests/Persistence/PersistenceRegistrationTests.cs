using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Common.Interfaces;
using Velvena.Infrastructure.Persistence;

namespace Velvena.IntegrationTests.Persistence;

/// <summary><see cref="PersistenceServiceCollectionExtensions.AddPersistence"/> picks the provider from configuration.</summary>
[TestFixture]
public sealed class PersistenceRegistrationTests
{
    [Test]
    public void Sqlite_is_the_default_provider_with_a_default_connection_string()
    {
        using var services = Build(new Dictionary<string, string?>());
        using var scope = services.CreateScope();

        var context = scope.ServiceProvider.GetRequiredService<IAppDbContext>();

        Assert.That(context, Is.TypeOf<SqliteAppDbContext>());
        Assert.That(context, Is.SameAs(scope.ServiceProvider.GetRequiredService<AppDbContext>()));
        Assert.That(
            ((AppDbContext)context).Database.GetConnectionString(),
            Is.EqualTo(PersistenceServiceCollectionExtensions.DefaultSqliteConnectionString));
    }

    [TestCase("SqlServer")]
    [TestCase("sqlserver")]
    public void SqlServer_is_chosen_by_the_provider_setting(string provider)
    {
        using var services = Build(new Dictionary<string, string?>
        {
            [PersistenceServiceCollectionExtensions.ProviderKey] = provider,
            [PersistenceServiceCollectionExtensions.ConnectionStringKey] = DesignTimeContexts.UnusedSqlServerConnectionString,
        });
        using var scope = services.CreateScope();

        Assert.That(scope.ServiceProvider.GetRequiredService<IAppDbContext>(), Is.TypeOf<SqlServerAppDbContext>());
    }

    [Test]
    public void SqlServer_without_a_connection_string_fails_naming_the_setting()
    {
        var settings = new Dictionary<string, string?> { [PersistenceServiceCollectionExtensions.ProviderKey] = "SqlServer" };

        Assert.That(
            () => Build(settings),
            Throws.InvalidOperationException.With.Message.Contains("ConnectionStrings:Velvena"));
    }

    [Test]
    public void An_unknown_provider_fails_naming_the_setting()
    {
        var settings = new Dictionary<string, string?> { [PersistenceServiceCollectionExtensions.ProviderKey] = "Postgres" };

        Assert.That(
            () => Build(settings),
            Throws.InvalidOperationException.With.Message.Contains("Database:Provider").And.Message.Contains("Postgres"));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddPersistence(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
