namespace Staffing.Persistence.Hosting;

/// <summary>Where grain state, membership and reminders live (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>Embedded SQLite file, single silo: the default that needs nothing installed.</summary>
    Sqlite,

    /// <summary>PostgreSQL: state, cluster membership and reminders shared by several silos.</summary>
    Postgres,

    /// <summary>In memory, lost on stop: for tests only.</summary>
    Memory,
}
