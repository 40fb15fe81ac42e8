using Microsoft.EntityFrameworkCore;

namespace Velvena.IntegrationTests.Persistence;

[TestFixture]
public sealed class SqliteJournalModeTests
{
    [Test]
    public async Task Startup_migration_switches_the_file_to_write_ahead_logging()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var context = database.CreateContext();

        var mode = await context.Database.SqlQuery<string>($"SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();

        Assert.That(mode, Is.EqualTo("wal"), "readers must not block the webhook and sync writers");
    }
}
