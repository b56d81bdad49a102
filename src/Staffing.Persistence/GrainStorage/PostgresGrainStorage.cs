using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Staffing.Persistence.GrainStorage;

/// <summary>
/// Grain storage in PostgreSQL with the same etag rules as the SQLite store. The table
/// comes from the schema migrations; start-up only checks that it is there.
/// </summary>
public sealed class PostgresGrainStorage(
    string name,
    NpgsqlDataSource dataSource,
    IGrainStorageSerializer serializer,
    IActivatorProvider activators,
    TimeProvider clock,
    ILogger<PostgresGrainStorage> logger)
    : RelationalGrainStorage(name, serializer, activators, clock, logger)
{
    public override async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT to_regclass(@table) IS NOT NULL";
        command.Parameters.AddWithValue("table", GrainStateSql.Table);
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
        {
            throw new InvalidOperationException(
                $"PostgreSQL table {GrainStateSql.Table} is missing: run 'staffing db init' "
                + "or set Storage:Postgres:ApplyMigrations=true.");
        }
    }

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
}
