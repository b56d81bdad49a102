using System.Data.Common;
using Microsoft.Extensions.Logging;
using Orleans.Serialization.Serializers;
using Orleans.Storage;
using Staffing.Persistence.Sqlite;

namespace Staffing.Persistence.GrainStorage;

/// <summary>Grain storage in the embedded SQLite file: the default that needs nothing installed.</summary>
public sealed partial class SqliteGrainStorage(
    string name,
    SqliteDatabase database,
    IGrainStorageSerializer serializer,
    IActivatorProvider activators,
    TimeProvider clock,
    ILogger<SqliteGrainStorage> logger)
    : RelationalGrainStorage(name, serializer, activators, clock, logger)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS staffing_grain_state (
            state_name      TEXT    NOT NULL,
            grain_id        TEXT    NOT NULL,
            payload         BLOB    NOT NULL,
            etag            TEXT    NOT NULL,
            modified_utc_ms INTEGER NOT NULL,
            PRIMARY KEY (state_name, grain_id)
        ) WITHOUT ROWID;
        """;

    public override async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await database.EnsureSchemaAsync(Schema, cancellationToken).ConfigureAwait(false);
        LogStarted(Name, database.FilePath);
    }

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await database.OpenAsync(cancellationToken).ConfigureAwait(false);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grain storage {StorageName} keeps state in {DatabaseFile}")]
    private partial void LogStarted(string storageName, string databaseFile);
}
