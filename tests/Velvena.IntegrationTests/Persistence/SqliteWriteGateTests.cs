using Microsoft.EntityFrameworkCore;

namespace Velvena.IntegrationTests.Persistence;

[TestFixture]
public sealed class SqliteWriteGateTests
{
    [Test]
    public async Task Many_contexts_saving_at_once_all_commit()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var organization = TestData.ConnectedOrganization();
        await using (var setup = database.CreateContext())
        {
            setup.Organizations.Add(organization);
            await setup.SaveChangesAsync();
        }

        const int Writers = 40;
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(async i =>
        {
            await using var context = database.CreateContext();
            context.Prospects.Add(TestData.Prospect(organization.Id, $"writer{i}@example.com"));
            await context.SaveChangesAsync();
        }));

        await using var check = database.CreateContext();
        Assert.That(await check.Prospects.CountAsync(), Is.EqualTo(Writers));
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
