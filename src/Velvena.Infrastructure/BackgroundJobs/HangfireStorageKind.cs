namespace Velvena.Infrastructure.BackgroundJobs;

public enum HangfireStorageKind
{
    InMemory = 0,
    SqlServer = 1,
}
