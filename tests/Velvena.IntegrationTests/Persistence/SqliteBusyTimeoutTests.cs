using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Infrastructure.Persistence;

namespace Velvena.IntegrationTests.Persistence;

/// <summary>The registered context makes SQLite wait for a busy file as long as the connection's default timeout.</summary>
[TestFixture]
public sealed class SqliteBusyTimeoutTests
{
    [Test]
    public async Task Every_opened_context_connection_waits_for_the_default_timeout_of_thirty_seconds()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();

        // Two contexts in a row: the second one gets the first one's pooled native connection back.
        Assert.That(await ReadBusyTimeoutAsync(database), Is.EqualTo(30_000));
        Assert.That(await ReadBusyTimeoutAsync(database), Is.EqualTo(30_000));
    }

    [Test]
    public async Task The_busy_timeout_follows_the_connection_strings_default_timeout()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(configureConnection: c => c.DefaultTimeout = 7);

        Assert.That(await ReadBusyTimeoutAsync(database), Is.EqualTo(7_000));
    }

    private static async Task<long> ReadBusyTimeoutAsync(SqliteTestDatabase database)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await context.Database.SqlQuery<long>($"SELECT timeout AS Value FROM pragma_busy_timeout").SingleAsync();
    }
}
