using Npgsql;
using Staffing.Persistence.Postgres;
using Staffing.Persistence.Tests.Support;

namespace Staffing.Persistence.Tests.Postgres;

public sealed class PostgresMigratorTests : IAsyncLifetime
{
    private string? _connectionString;
    private string? _unavailableReason;

    public async Task InitializeAsync() =>
        (_connectionString, _unavailableReason) = await PostgresServer.CreateDatabaseAsync("migrate");

    public async Task DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(_connectionString);
        }
    }

    [Fact]
    public void Shipped_migrations_are_numbered_one_up_without_gaps()
    {
        var versions = PostgresMigration.Embedded.Select(m => m.Version).ToArray();

        Assert.Equal(Enumerable.Range(1, versions.Length).ToArray(), versions);
        Assert.Equal(
            ["grain_state_and_query_catalog", "cluster_membership", "reminders"],
            PostgresMigration.Embedded.Select(m => m.Name).ToArray());
    }

    [SkippableFact]
    public async Task First_run_applies_every_migration_and_a_second_run_applies_none()
    {
        await using var dataSource = DataSource();
        var migrator = new PostgresMigrator(dataSource);

        var first = await migrator.ApplyAsync();
        var second = await migrator.ApplyAsync();

        Assert.Equal(PostgresMigration.Embedded, first);
        Assert.Empty(second);
        var recorded = await RecordedVersionsAsync(dataSource);
        Assert.Equal([1, 2, 3], recorded);
    }

    [SkippableFact]
    public async Task Concurrent_runs_apply_each_migration_exactly_once()
    {
        await using var dataSource = DataSource();

        var runs = await Task.WhenAll(
            Enumerable.Range(0, 4).Select(_ => Task.Run(() => new PostgresMigrator(dataSource).ApplyAsync())));

        Assert.Equal([1, 2, 3], runs.SelectMany(r => r).Select(m => m.Version).Order().ToArray());
        var recorded = await RecordedVersionsAsync(dataSource);
        Assert.Equal([1, 2, 3], recorded);
    }

    [SkippableFact]
    public async Task A_failing_migration_leaves_no_trace_and_stops_later_ones()
    {
        await using var dataSource = DataSource();
        var migrations = new[]
        {
            new PostgresMigration(1, "good", "CREATE TABLE first_table (id int)"),
            new PostgresMigration(2, "bad", "CREATE TABLE half_done (id int); SELECT no_such_function();"),
            new PostgresMigration(3, "never", "CREATE TABLE never_created (id int)"),
        };

        await Assert.ThrowsAsync<PostgresException>(() => new PostgresMigrator(dataSource, migrations, null).ApplyAsync());

        var recorded = await RecordedVersionsAsync(dataSource);
        var tables = await TablesAsync(dataSource, "first_table", "half_done", "never_created");
        Assert.Equal([1], recorded);
        Assert.Equal(["first_table"], tables);
    }

    [SkippableFact]
    public async Task Migrations_provide_every_query_the_clustering_and_reminder_providers_read()
    {
        await using var dataSource = DataSource();
        await new PostgresMigrator(dataSource).ApplyAsync();

        await using var command = dataSource.CreateCommand("SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey");
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        Assert.Equal(
            [
                "CleanupDefunctSiloEntriesKey", "DeleteMembershipTableEntriesKey", "DeleteReminderRowKey",
                "DeleteReminderRowsKey", "GatewaysQueryKey", "InsertMembershipKey", "InsertMembershipVersionKey",
                "MembershipReadAllKey", "MembershipReadRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
                "ReadReminderRowKey", "ReadReminderRowsKey", "UpdateIAmAlivetimeKey", "UpdateMembershipKey",
                "UpsertReminderRowKey",
            ],
            keys);
    }

    private NpgsqlDataSource DataSource()
    {
        PostgresServer.Require(_unavailableReason);
        return NpgsqlDataSource.Create(_connectionString!);
    }

    private static async Task<int[]> RecordedVersionsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT version FROM staffing_schema_migrations ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return [.. versions];
    }

    private static async Task<string[]> TablesAsync(NpgsqlDataSource dataSource, params string[] names)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT table_name::text FROM information_schema.tables WHERE table_name = ANY(@names) ORDER BY 1");
        command.Parameters.AddWithValue("names", names);
        await using var reader = await command.ExecuteReaderAsync();
        var found = new List<string>();
        while (await reader.ReadAsync())
        {
            found.Add(reader.GetString(0));
        }

        return [.. found];
    }
}
