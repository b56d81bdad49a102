namespace Staffing.Persistence.Postgres;

/// <summary>The PostgreSQL database a grain storage uses.</summary>
public sealed class PostgresStorageOptions
{
    /// <summary>An Npgsql connection string (<c>ConnectionStrings:Postgres</c>).</summary>
    public string ConnectionString { get; set; } = "";
}
