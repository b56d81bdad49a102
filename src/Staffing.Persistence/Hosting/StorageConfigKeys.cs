namespace Staffing.Persistence.Hosting;

/// <summary>The configuration keys the storage layer reads, in one place.</summary>
public static class StorageConfigKeys
{
    public const string Provider = "Storage:Provider";
    public const string SqlitePath = "Storage:Sqlite:Path";
    public const string PostgresConnectionString = "ConnectionStrings:Postgres";
    public const string PostgresApplyMigrations = "Storage:Postgres:ApplyMigrations";
    public const string SiloPort = "Orleans:SiloPort";
    public const string GatewayPort = "Orleans:GatewayPort";
    public const string ClusterId = "Orleans:ClusterId";
    public const string ServiceId = "Orleans:ServiceId";
}
