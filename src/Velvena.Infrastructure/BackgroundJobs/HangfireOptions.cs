namespace Velvena.Infrastructure.BackgroundJobs;

public sealed class HangfireOptions
{
    public const string SectionName = "Hangfire";

    /// <summary><c>InMemory</c> (embedded default) or <c>SqlServer</c> (production: survives restarts, shared by instances).</summary>
    public HangfireStorageKind Storage { get; set; } = HangfireStorageKind.InMemory;

    /// <summary>SQL Server storage connection string; falls back to <c>ConnectionStrings:Velvena</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Workers in this process's Hangfire server; defaults to Hangfire's own choice.</summary>
    public int? WorkerCount { get; set; }

    /// <summary>Whether this process runs a Hangfire server at all (an API-only instance can leave it to workers).</summary>
    public bool RunServer { get; set; } = true;
}
