namespace Velvena.Infrastructure.Persistence;

/// <summary>The value of the <c>Database:Provider</c> setting.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded default: local runs and the tests that run everywhere.</summary>
    Sqlite = 0,

    /// <summary>Production.</summary>
    SqlServer = 1,
}
