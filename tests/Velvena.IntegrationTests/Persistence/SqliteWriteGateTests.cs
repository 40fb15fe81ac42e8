using Microsoft.EntityFrameworkCore;
using Velvena.Infrastructure.Persistence;

namespace Velvena.IntegrationTests.Persistence;

[TestFixture]
public sealed class SqliteWriteGateTests
{
    [Test]
    public async Task A_save_waits_for_the_writer_ahead_of_it_in_this_process()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var context = database.CreateContext();
        context.Organizations.Add(TestData.ConnectedOrganization());

        Task<int> save;
        using (await SqliteWriteGate.For(context.Database.GetConnectionString()).EnterAsync(CancellationToken.None))
        {
            save = context.SaveChangesAsync();
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            Assert.That(save.IsCompleted, Is.False, "the save went ahead of the writer holding the gate");
        }

        Assert.That(await save.WaitAsync(TimeSpan.FromSeconds(30)), Is.Positive);
    }

    [Test]
    public void There_is_one_gate_per_database_file_however_its_path_is_written()
    {
        var file = Path.Combine(Path.GetTempPath(), $"velvena-gate-{Guid.NewGuid():N}.db");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);

        Assert.That(SqliteWriteGate.For($"Data Source={relative};Default Timeout=5"), Is.SameAs(SqliteWriteGate.For($"Data Source={file}")));
        Assert.That(SqliteWriteGate.For($"Data Source={file}.other"), Is.Not.SameAs(SqliteWriteGate.For($"Data Source={file}")));
    }

    [Test]
    public async Task Saving_inside_an_explicit_transaction_does_not_wait_for_other_writers()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var organization = TestData.ConnectedOrganization();
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync();
        context.Organizations.Add(organization);
        await context.SaveChangesAsync();

        // A second context queues for the write lock this transaction holds, while the transaction saves again:
        // the transaction must go on (it already holds the lock), commit, and then let the other writer in.
        await using var other = database.CreateContext();
        var otherSave = Task.Run(async () =>
        {
            other.Organizations.Add(TestData.ConnectedOrganization("Atelier Lune"));
            await other.SaveChangesAsync();
        });
        context.Prospects.Add(TestData.Prospect(organization.Id));
        var saveInside = context.SaveChangesAsync();

        Assert.That(await Task.WhenAny(saveInside, Task.Delay(TimeSpan.FromSeconds(20))), Is.SameAs(saveInside), "the transaction's own save was blocked");
        await transaction.CommitAsync();
        await otherSave.WaitAsync(TimeSpan.FromSeconds(30));

        await using var check = database.CreateContext();
        Assert.That(await check.Organizations.CountAsync(), Is.EqualTo(2));
        Assert.That(await check.Prospects.CountAsync(), Is.EqualTo(1));
    }
}
