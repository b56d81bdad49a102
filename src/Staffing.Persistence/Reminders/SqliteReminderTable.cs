using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Staffing.Persistence.Sqlite;

namespace Staffing.Persistence.Reminders;

/// <summary>
/// Reminders kept in the embedded SQLite file, so SLA deadlines survive a silo restart
/// without a database server. Rows are scoped by service id like Orleans' own tables.
/// </summary>
public sealed partial class SqliteReminderTable(
    SqliteDatabase database,
    IOptions<ClusterOptions> clusterOptions,
    ILogger<SqliteReminderTable> logger)
    : IReminderTable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS staffing_reminders (
            service_id       TEXT    NOT NULL,
            grain_id         TEXT    NOT NULL,
            reminder_name    TEXT    NOT NULL,
            start_utc_ticks  INTEGER NOT NULL,
            period_ticks     INTEGER NOT NULL,
            grain_hash       INTEGER NOT NULL,
            etag             TEXT    NOT NULL,
            PRIMARY KEY (service_id, grain_id, reminder_name)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_staffing_reminders_hash ON staffing_reminders (service_id, grain_hash);
        """;

    private const string Columns = "grain_id, reminder_name, start_utc_ticks, period_ticks, etag";

    private readonly string _serviceId = clusterOptions.Value.ServiceId;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await database.EnsureSchemaAsync(Schema, cancellationToken).ConfigureAwait(false);
        LogStarted(database.FilePath);
    }

    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        QueryAsync(
            $"SELECT {Columns} FROM staffing_reminders WHERE service_id = @service AND grain_id = @grain",
            ("grain", grainId.ToString()));

    /// <summary>
    /// Rows whose grain hash lies in the ring slice (begin, end]; when begin is not below
    /// end the slice wraps past the top of the ring (begin == end is the whole ring).
    /// </summary>
    public Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        var condition = begin < end
            ? "grain_hash > @begin AND grain_hash <= @end"
            : "(grain_hash > @begin OR grain_hash <= @end)";
        return QueryAsync(
            $"SELECT {Columns} FROM staffing_reminders WHERE service_id = @service AND {condition}",
            ("begin", (long)begin),
            ("end", (long)end));
    }

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var rows = await QueryAsync(
            $"SELECT {Columns} FROM staffing_reminders "
            + "WHERE service_id = @service AND grain_id = @grain AND reminder_name = @name",
            ("grain", grainId.ToString()),
            ("name", reminderName)).ConfigureAwait(false);
        return rows.Reminders.Count == 0 ? null : rows.Reminders[0];
    }

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var etag = Guid.NewGuid().ToString("N");
        await ExecuteAsync(
            "INSERT INTO staffing_reminders "
            + "(service_id, grain_id, reminder_name, start_utc_ticks, period_ticks, grain_hash, etag) "
            + "VALUES (@service, @grain, @name, @start, @period, @hash, @etag) "
            + "ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE SET "
            + "start_utc_ticks = excluded.start_utc_ticks, period_ticks = excluded.period_ticks, "
            + "grain_hash = excluded.grain_hash, etag = excluded.etag",
            ("grain", entry.GrainId.ToString()),
            ("name", entry.ReminderName),
            ("start", ToUtc(entry.StartAt).Ticks),
            ("period", entry.Period.Ticks),
            ("hash", (long)entry.GrainId.GetUniformHashCode()),
            ("etag", etag)).ConfigureAwait(false);
        return etag;
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        var removed = await ExecuteAsync(
            "DELETE FROM staffing_reminders "
            + "WHERE service_id = @service AND grain_id = @grain AND reminder_name = @name AND etag = @etag",
            ("grain", grainId.ToString()),
            ("name", reminderName),
            ("etag", eTag)).ConfigureAwait(false);
        return removed > 0;
    }

    public async Task TestOnlyClearTable() =>
        await ExecuteAsync("DELETE FROM staffing_reminders WHERE service_id = @service").ConfigureAwait(false);

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private async Task<ReminderTableData> QueryAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0)),
                ReminderName = reader.GetString(1),
                StartAt = new DateTime(reader.GetInt64(2), DateTimeKind.Utc),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetString(4),
            });
        }

        return new ReminderTableData(entries);
    }

    private async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@service", _serviceId);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue("@" + name, value);
        }

        return command;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders are stored in {DatabaseFile}")]
    private partial void LogStarted(string databaseFile);
}
