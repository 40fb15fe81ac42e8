using Microsoft.EntityFrameworkCore;
using Velvena.Infrastructure.Persistence;

namespace Velvena.IntegrationTests.Persistence;

/// <summary>Each provider's migration set matches the one model: nobody changed the model without a migration.</summary>
[TestFixture]
public sealed class MigrationSetTests
{
    [Test]
    public void Sqlite_has_no_pending_model_changes()
    {
        using var context = DesignTimeContexts.Sqlite();

        Assert.That(context.Database.HasPendingModelChanges(), Is.False, AddMigrationHint(nameof(SqliteAppDbContext), "Sqlite"));
    }

    [Test]
    public void SqlServer_has_no_pending_model_changes()
    {
        using var context = DesignTimeContexts.SqlServer();

        Assert.That(context.Database.HasPendingModelChanges(), Is.False, AddMigrationHint(nameof(SqlServerAppDbContext), "SqlServer"));
    }

    [Test]
    public void Both_providers_have_the_same_migrations_by_name()
    {
        using var sqlite = DesignTimeContexts.Sqlite();
        using var sqlServer = DesignTimeContexts.SqlServer();

        static IEnumerable<string> Names(DbContext context) =>
            context.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.That(Names(sqlite), Is.Not.Empty.And.EqualTo(Names(sqlServer)), "add every migration to both providers");
    }

    private static string AddMigrationHint(string context, string folder) =>
        $"the model changed: run `dotnet ef migrations add <Name> --context {context} --output-dir Persistence/Migrations/{folder} "
        + "--project src/Velvena.Infrastructure --startup-project src/Velvena.Api`";
}
