using Microsoft.Data.Sqlite;

namespace Velvena.Bench.Seed;

/// <summary>
/// The seed's storage, reduced to what its sync reads and writes: a prospect per (organization, e-mail) and the
/// Calendly event each prospect came from. A real SQLite file, so the port pays for its writes as ours does.
/// </summary>
public sealed class SeedProspectStore : IDisposable
{
    private readonly SqliteConnection _connection;

    public SeedProspectStore()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"velvena-bench-seed-{Guid.NewGuid():N}.db");
        _connection = new SqliteConnection($"Data Source={Path}");
        _connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            CREATE TABLE prospects (organization TEXT NOT NULL, email TEXT NOT NULL, notes TEXT NOT NULL, PRIMARY KEY (organization, email));
            CREATE TABLE calendly_events (organization TEXT NOT NULL, event_uri TEXT NOT NULL, prospect_email TEXT, PRIMARY KEY (organization, event_uri));
            """);
    }

    public string Path { get; }

    public bool EventHasProspect(string organization, string eventUri)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM calendly_events WHERE organization = $o AND event_uri = $e AND prospect_email IS NOT NULL";
        command.Parameters.AddWithValue("$o", organization);
        command.Parameters.AddWithValue("$e", eventUri);
        return (long)command.ExecuteScalar()! > 0;
    }

    /// <summary>The seed's rule: an existing e-mail gets a note, a new one a prospect; the event is linked to it.</summary>
    public void Record(string organization, string eventUri, string email, string note)
    {
        using var transaction = _connection.BeginTransaction();
        using (var prospect = _connection.CreateCommand())
        {
            prospect.Transaction = transaction;
            prospect.CommandText = """
                INSERT INTO prospects (organization, email, notes) VALUES ($o, $m, $n)
                ON CONFLICT (organization, email) DO UPDATE SET notes = notes || char(10) || excluded.notes
                """;
            prospect.Parameters.AddWithValue("$o", organization);
            prospect.Parameters.AddWithValue("$m", email);
            prospect.Parameters.AddWithValue("$n", note);
            prospect.ExecuteNonQuery();
        }

        using (var link = _connection.CreateCommand())
        {
            link.Transaction = transaction;
            link.CommandText = """
                INSERT INTO calendly_events (organization, event_uri, prospect_email) VALUES ($o, $e, $m)
                ON CONFLICT (organization, event_uri) DO UPDATE SET prospect_email = excluded.prospect_email
                """;
            link.Parameters.AddWithValue("$o", organization);
            link.Parameters.AddWithValue("$e", eventUri);
            link.Parameters.AddWithValue("$m", email);
            link.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
