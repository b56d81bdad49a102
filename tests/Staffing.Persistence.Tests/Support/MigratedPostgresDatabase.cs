using Npgsql;
using Staffing.Persistence.Postgres;

namespace Staffing.Persistence.Tests.Support;

/// <summary>A fresh database with the Staffing schema, one per test class.</summary>
public sealed class MigratedPostgresDatabase : IAsyncLifetime
{
    public string? ConnectionString { get; private set; }

    public string? UnavailableReason { get; private set; }

    /// <summary>The connection string; skips or fails the test when there is no server.</summary>
    public string Require()
    {
        PostgresServer.Require(UnavailableReason);
        return ConnectionString!;
    }

    public async Task InitializeAsync()
    {
        (ConnectionString, UnavailableReason) = await PostgresServer.CreateDatabaseAsync("class");
        if (ConnectionString is not null)
        {
            await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
            await new PostgresMigrator(dataSource).ApplyAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (ConnectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
    }
}
