using System.Data.Common;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Staffing.Persistence.GrainStorage;

/// <summary>
/// Grain storage on one relational table keyed by (state name, grain id) with etag
/// optimistic concurrency: a write or clear that presents a stale etag throws
/// <see cref="InconsistentStateException"/> and leaves the stored row untouched.
/// Subclasses supply only connections and schema set-up.
/// </summary>
public abstract partial class RelationalGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly IGrainStorageSerializer _serializer;
    private readonly IActivatorProvider _activators;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    protected RelationalGrainStorage(
        string name,
        IGrainStorageSerializer serializer,
        IActivatorProvider activators,
        TimeProvider clock,
        ILogger logger)
    {
        Name = name;
        _serializer = serializer;
        _activators = activators;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The storage name grains refer to, e.g. in <c>[PersistentState("x", name)]</c>.</summary>
    public string Name { get; }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            $"{GetType().Name}-{Name}",
            ServiceLifecycleStage.ApplicationServices,
            EnsureSchemaAsync);

    /// <summary>Creates or checks the state table before any grain reads from it.</summary>
    public abstract Task EnsureSchemaAsync(CancellationToken cancellationToken);

    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
        await using var command = Command(connection, GrainStateSql.Read, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        if (await reader.ReadAsync().ConfigureAwait(false))
        {
            var payload = reader.GetFieldValue<byte[]>(0);
            grainState.State = _serializer.Deserialize<T>(new BinaryData(payload));
            grainState.ETag = reader.GetString(1);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = _activators.GetActivator<T>().Create();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        LogRead(stateName, grainId, grainState.RecordExists);
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = _serializer.Serialize(grainState.State).ToArray();
        var newEtag = NewEtag();
        await using var connection = await OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
        var sql = grainState.ETag is null ? GrainStateSql.Insert : GrainStateSql.Update;
        await using var command = Command(connection, sql, stateName, grainId);
        AddParameter(command, "payload", payload);
        AddParameter(command, "new_etag", newEtag);
        AddParameter(command, "modified", _clock.GetUtcNow().ToUnixTimeMilliseconds());
        if (grainState.ETag is not null)
        {
            AddParameter(command, "etag", grainState.ETag);
        }

        var rows = await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        if (rows == 0)
        {
            throw await ConflictAsync(connection, "write", stateName, grainId, grainState.ETag).ConfigureAwait(false);
        }

        grainState.ETag = newEtag;
        grainState.RecordExists = true;
        LogWritten(stateName, grainId, payload.Length);
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
        if (grainState.ETag is null)
        {
            // Nothing was read or written through this handle: clearing is only safe if
            // there is still nothing stored.
            var stored = await ReadEtagAsync(connection, stateName, grainId).ConfigureAwait(false);
            if (stored is not null)
            {
                throw Conflict("clear", stateName, grainId, stored, null);
            }
        }
        else
        {
            await using var command = Command(connection, GrainStateSql.Delete, stateName, grainId);
            AddParameter(command, "etag", grainState.ETag);
            if (await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 0)
            {
                throw await ConflictAsync(connection, "clear", stateName, grainId, grainState.ETag).ConfigureAwait(false);
            }
        }

        grainState.State = _activators.GetActivator<T>().Create();
        grainState.ETag = null;
        grainState.RecordExists = false;
        LogCleared(stateName, grainId);
    }

    private static string NewEtag() => Guid.NewGuid().ToString("N");

    private static DbCommand Command(DbConnection connection, string sql, string stateName, GrainId grainId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameter(command, "state_name", stateName);
        AddParameter(command, "grain_id", grainId.ToString());
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task<string?> ReadEtagAsync(DbConnection connection, string stateName, GrainId grainId)
    {
        await using var command = Command(connection, GrainStateSql.ReadEtag, stateName, grainId);
        return await command.ExecuteScalarAsync().ConfigureAwait(false) as string;
    }

    private async Task<InconsistentStateException> ConflictAsync(
        DbConnection connection, string operation, string stateName, GrainId grainId, string? presentedEtag)
    {
        var stored = await ReadEtagAsync(connection, stateName, grainId).ConfigureAwait(false);
        return Conflict(operation, stateName, grainId, stored, presentedEtag);
    }

    private InconsistentStateException Conflict(
        string operation, string stateName, GrainId grainId, string? storedEtag, string? presentedEtag)
    {
        LogConflict(operation, stateName, grainId, storedEtag, presentedEtag);
        return new InconsistentStateException(
            $"Storage '{Name}' refused to {operation} state '{stateName}' of grain {grainId}: "
            + $"stored etag is {storedEtag ?? "<none>"}, the grain presented {presentedEtag ?? "<none>"}. "
            + "Another activation changed the state; re-read it before writing.",
            storedEtag,
            presentedEtag,
            null);
    }

    [LoggerMessage(Level = LogLevel.Trace, Message = "Read state {StateName} of {GrainId}: found {Found}")]
    private partial void LogRead(string stateName, GrainId grainId, bool found);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Wrote state {StateName} of {GrainId} ({Bytes} bytes)")]
    private partial void LogWritten(string stateName, GrainId grainId, int bytes);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Cleared state {StateName} of {GrainId}")]
    private partial void LogCleared(string stateName, GrainId grainId);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Refused to {Operation} state {StateName} of {GrainId}: stored etag {StoredEtag}, presented {PresentedEtag}")]
    private partial void LogConflict(
        string operation, string stateName, GrainId grainId, string? storedEtag, string? presentedEtag);
}
