using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Velvena.IntegrationTests.Persistence;

/// <summary>
/// The SQL Server migrations, scripted in-process (as <c>dotnet ef migrations script</c> does), are valid T-SQL.
/// Runs everywhere; the container test applies them to a real server where Docker exists.
/// </summary>
[TestFixture]
public sealed class SqlServerMigrationScriptTests
{
    private static readonly string[] Tables = ["__EFMigrationsHistory", "Organizations", "CalendlyConnections", "Prospects", "Appointments"];
    private static readonly string[] UniqueIndexes =
        ["IX_Prospects_OrganizationId_NormalizedEmail", "IX_Appointments_OrganizationId_CalendlyInviteeUri"];

    [Test]
    public void Full_script_parses_and_creates_the_tables_and_unique_indexes()
    {
        var script = GenerateScript(MigrationsSqlGenerationOptions.Default);

        var fragment = Parse(script, out var errors);
        var collector = new CreateStatementCollector();
        fragment.Accept(collector);

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty, () => string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
            Assert.That(
                collector.Tables,
                Is.SupersetOf(Tables));
            Assert.That(
                collector.UniqueIndexes,
                Is.SupersetOf(UniqueIndexes));
            Assert.That(collector.Indexes, Does.Contain("IX_Prospects_OrganizationId_CreatedAtUtc"));
        });
    }

    [Test]
    public void Idempotent_script_parses()
    {
        var script = GenerateScript(MigrationsSqlGenerationOptions.Idempotent);

        Parse(script, out var errors);

        Assert.That(errors, Is.Empty, () => string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
        Assert.That(script, Does.Contain("IF NOT EXISTS"));
    }

    private static string GenerateScript(MigrationsSqlGenerationOptions options)
    {
        using var context = DesignTimeContexts.SqlServer();
        return context.GetService<IMigrator>().GenerateScript(options: options);
    }

    private static TSqlFragment Parse(string script, out IList<ParseError> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        return parser.Parse(reader, out errors);
    }
}
