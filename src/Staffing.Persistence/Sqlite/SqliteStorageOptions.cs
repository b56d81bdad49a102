namespace Staffing.Persistence.Sqlite;

/// <summary>Where the embedded database lives and how long a writer waits for a lock.</summary>
public sealed class SqliteStorageOptions
{
    public const string DefaultPath = "./data/staffing.db";

    /// <summary>The database file; its folder is created when missing.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>How long a statement waits for another writer before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
