namespace Velvena.Infrastructure.BackgroundJobs;

public sealed class HangfireOptions
{
    public const string SectionName = "Hangfire";

    /// <summary><c>InMemory</c> (embedded default) or <c>SqlServer</c> (production: survives restarts, shared by instances).</summary>
    public HangfireStorageKind Storage { get; set; } = HangfireStorageKind.InMemory;

    /// <summary>SQL Server storage connection string; falls back to <c>ConnectionStrings:Velvena</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Workers for every queue but the syncs' (webhook upkeep, sweeps); defaults to Hangfire's own choice.</summary>
    public int? WorkerCount { get; set; }

    /// <summary>
    /// Workers of the server dedicated to the <c>calendly-sync</c> queue: how many organizations sync at once. Each sync is
    /// one Calendly user's, one call at a time, so this bounds the calls in flight without nearing any user's rate limit.
    /// Its own server keeps an hourly fan-out over many organizations from delaying the other jobs.
    /// </summary>
    public int SyncWorkerCount { get; set; } = 20;

    /// <summary>Whether this process runs a Hangfire server at all (an API-only instance can leave it to workers).</summary>
    public bool RunServer { get; set; } = true;
}
