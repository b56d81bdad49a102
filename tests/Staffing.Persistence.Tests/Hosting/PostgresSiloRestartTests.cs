using Npgsql;
using Staffing.Persistence.Tests.Support;

namespace Staffing.Persistence.Tests.Hosting;

/// <summary>
/// ADO.NET clustering, PostgreSQL grain storage and ADO.NET reminders together, on a
/// database that starts empty: the first silo applies the migrations itself.
/// </summary>
public sealed class PostgresSiloRestartTests : SiloRestartContract, IAsyncLifetime
{
    private string? _connectionString;
    private string? _unavailableReason;

    public async Task InitializeAsync() =>
        (_connectionString, _unavailableReason) = await PostgresServer.CreateDatabaseAsync("silo");

    public async Task DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(_connectionString);
        }
    }

    protected override (string Key, string Value)[] Settings()
    {
        PostgresServer.Require(_unavailableReason);
        return
        [
            ("Storage:Provider", "Postgres"),
            ("ConnectionStrings:Postgres", _connectionString!),
            ("Orleans:ClusterId", "restart-test"),
        ];
    }

    [SkippableFact]
    public async Task Silos_register_in_the_membership_table_and_leave_it_as_dead_on_stop()
    {
        var settings = Settings();
        string[] whileRunning;
        await using (await StaffingSilo.StartAsync(settings))
        {
            whileRunning = await MemberStatusesAsync();
        }

        var afterStop = await MemberStatusesAsync();
        await using (await StaffingSilo.StartAsync(settings))
        {
            var afterRestart = await MemberStatusesAsync();
            Assert.Equal(["Dead", "Active"], afterRestart);
        }

        Assert.Equal(["Active"], whileRunning);
        Assert.Equal(["Dead"], afterStop);
    }

    private async Task<string[]> MemberStatusesAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(_connectionString!);
        await using var command = dataSource.CreateCommand(
            "SELECT status FROM orleans_membership WHERE deployment_id = 'restart-test' ORDER BY start_time");
        await using var reader = await command.ExecuteReaderAsync();
        var statuses = new List<string>();
        while (await reader.ReadAsync())
        {
            statuses.Add(((Orleans.Runtime.SiloStatus)reader.GetInt32(0)).ToString());
        }

        return [.. statuses];
    }
}
