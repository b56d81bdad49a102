using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Staffing.Persistence.Postgres;

/// <summary>
/// Brings a PostgreSQL database up to the current schema. Applied versions are recorded
/// in <c>staffing_schema_migrations</c>; each script runs in its own transaction, and a
/// session advisory lock makes concurrent callers (several silos starting at once, or
/// <c>db init</c> during a rollout) wait for each other instead of racing.
/// </summary>
public sealed partial class PostgresMigrator
{
    // Arbitrary but fixed: every Staffing process must use the same lock key.
    private const long AdvisoryLockKey = 0x5354_4146_4649_4E47; // "STAFFING"

    private readonly NpgsqlDataSource _dataSource;
    private readonly IReadOnlyList<PostgresMigration> _migrations;
    private readonly ILogger _logger;

    public PostgresMigrator(NpgsqlDataSource dataSource, ILogger<PostgresMigrator>? logger = null)
        : this(dataSource, PostgresMigration.Embedded, logger)
    {
    }

    internal PostgresMigrator(
        NpgsqlDataSource dataSource, IReadOnlyList<PostgresMigration> migrations, ILogger<PostgresMigrator>? logger)
    {
        _dataSource = dataSource;
        _migrations = migrations;
        _logger = logger ?? NullLogger<PostgresMigrator>.Instance;
    }

    /// <summary>Applies the scripts not yet applied; returns them in order (empty when up to date).</summary>
    public async Task<IReadOnlyList<PostgresMigration>> ApplyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(
                connection,
                """
                CREATE TABLE IF NOT EXISTS staffing_schema_migrations (
                    version    integer PRIMARY KEY,
                    name       text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """,
                cancellationToken).ConfigureAwait(false);

            var applied = await AppliedVersionsAsync(connection, cancellationToken).ConfigureAwait(false);
            var done = new List<PostgresMigration>();
            foreach (var migration in _migrations.Where(m => !applied.Contains(m.Version)))
            {
                await ApplyOneAsync(connection, migration, cancellationToken).ConfigureAwait(false);
                done.Add(migration);
            }

            LogUpToDate(done.Count, _migrations.Count == 0 ? 0 : _migrations[^1].Version);
            return done;
        }
        finally
        {
            await UnlockAsync(connection).ConfigureAwait(false);
        }
    }

    private async Task UnlockAsync(NpgsqlConnection connection)
    {
        try
        {
            // The lock is a session lock: unlocking keeps the pooled connection clean for its next user.
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None)
                .ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            // A broken connection has already released the lock with its session; the
            // error that broke it is the one the caller needs to see.
            LogUnlockFailed(e.Message);
        }
    }

    private async Task ApplyOneAsync(NpgsqlConnection connection, PostgresMigration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, migration.Sql, cancellationToken).ConfigureAwait(false);
        await using (var record = connection.CreateCommand())
        {
            record.CommandText = "INSERT INTO staffing_schema_migrations (version, name) VALUES (@version, @name)";
            record.Parameters.AddWithValue("version", migration.Version);
            record.Parameters.AddWithValue("name", migration.Name);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        LogApplied(migration.Version, migration.Name);
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM staffing_schema_migrations";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Version} {Name}")]
    private partial void LogApplied(int version, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema is at version {Version}; applied {Count} migration(s) now")]
    private partial void LogUpToDate(int count, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release the migration lock: {Reason}")]
    private partial void LogUnlockFailed(string reason);
}
