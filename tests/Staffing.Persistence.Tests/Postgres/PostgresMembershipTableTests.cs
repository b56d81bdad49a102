using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Staffing.Persistence.Hosting;
using Staffing.Persistence.Tests.Support;

namespace Staffing.Persistence.Tests.Postgres;

/// <summary>
/// Orleans' ADO.NET membership table on the Staffing scripts: every change must present
/// the current table version, and a stale one changes nothing. Each test has its own
/// cluster id in the class's database.
/// </summary>
public sealed class PostgresMembershipTableTests(MigratedPostgresDatabase database)
    : IClassFixture<MigratedPostgresDatabase>, IAsyncDisposable
{
    private static readonly DateTime Now = new(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);
    private readonly List<IHost> _hosts = [];

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await ((IAsyncDisposable)host).DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_new_cluster_starts_empty_at_version_zero()
    {
        var table = await TableAsync();

        var data = await table.ReadAllAsync();

        Assert.Empty(data.Members);
        Assert.Equal(0, data.Version.Version);
    }

    [SkippableFact]
    public async Task Insert_with_the_current_version_adds_the_silo_and_bumps_the_version()
    {
        var table = await TableAsync();
        var version = (await table.ReadAllAsync()).Version;
        var silo = Entry(11111, SiloStatus.Joining);

        Assert.True(await table.InsertRowAsync(silo, version.Next()));
        var data = await table.ReadAllAsync();

        var member = Assert.Single(data.Members).Item1;
        Assert.Equal(silo.SiloAddress, member.SiloAddress);
        Assert.Equal(SiloStatus.Joining, member.Status);
        Assert.Equal("silo-11111", member.SiloName);
        Assert.Equal(30000, member.ProxyPort);
        Assert.Equal(Now, member.StartTime);
        Assert.Equal(1, data.Version.Version);
    }

    [SkippableFact]
    public async Task Insert_with_a_stale_version_changes_nothing()
    {
        var table = await TableAsync();
        var stale = (await table.ReadAllAsync()).Version;
        Assert.True(await table.InsertRowAsync(Entry(11111, SiloStatus.Joining), stale.Next()));

        Assert.False(await table.InsertRowAsync(Entry(11112, SiloStatus.Joining), stale.Next()));

        var data = await table.ReadAllAsync();
        Assert.Equal([11111], data.Members.Select(m => m.Item1.SiloAddress.Endpoint.Port).ToArray());
        Assert.Equal(1, data.Version.Version);
    }

    [SkippableFact]
    public async Task Inserting_a_silo_that_is_already_there_fails_without_bumping_the_version()
    {
        var table = await TableAsync();
        var silo = Entry(11111, SiloStatus.Joining);
        Assert.True(await table.InsertRowAsync(silo, (await table.ReadAllAsync()).Version.Next()));

        Assert.False(await table.InsertRowAsync(silo, (await table.ReadAllAsync()).Version.Next()));

        Assert.Equal(1, (await table.ReadAllAsync()).Version.Version);
    }

    [SkippableFact]
    public async Task Update_with_the_current_version_changes_status_and_suspicions()
    {
        var table = await TableAsync();
        var silo = Entry(11111, SiloStatus.Joining);
        var suspect = Entry(11112, SiloStatus.Joining);
        Assert.True(await table.InsertRowAsync(silo, (await table.ReadAllAsync()).Version.Next()));
        Assert.True(await table.InsertRowAsync(suspect, (await table.ReadAllAsync()).Version.Next()));

        silo.Status = SiloStatus.Active;
        silo.SuspectTimes = [Tuple.Create(suspect.SiloAddress, Now.AddSeconds(5))];
        var read = await table.ReadRowAsync(silo.SiloAddress);
        Assert.True(await table.UpdateRowAsync(silo, read.Members[0].Item2, read.Version.Next()));

        var row = await table.ReadRowAsync(silo.SiloAddress);
        var member = Assert.Single(row.Members).Item1;
        Assert.Equal(SiloStatus.Active, member.Status);
        Assert.Equal(suspect.SiloAddress, Assert.Single(member.SuspectTimes!).Item1);
        Assert.Equal(3, row.Version.Version);
    }

    [SkippableFact]
    public async Task Update_with_a_stale_version_changes_nothing()
    {
        var table = await TableAsync();
        var silo = Entry(11111, SiloStatus.Joining);
        Assert.True(await table.InsertRowAsync(silo, (await table.ReadAllAsync()).Version.Next()));
        var stale = await table.ReadRowAsync(silo.SiloAddress);
        Assert.True(await table.InsertRowAsync(Entry(11112, SiloStatus.Joining), (await table.ReadAllAsync()).Version.Next()));

        silo.Status = SiloStatus.Dead;
        Assert.False(await table.UpdateRowAsync(silo, stale.Members[0].Item2, stale.Version.Next()));

        var row = await table.ReadRowAsync(silo.SiloAddress);
        Assert.Equal(SiloStatus.Joining, row.Members[0].Item1.Status);
        Assert.Equal(2, row.Version.Version);
    }

    [SkippableFact]
    public async Task Heartbeat_updates_the_alive_time_without_a_new_version()
    {
        var table = await TableAsync();
        var silo = Entry(11111, SiloStatus.Active);
        Assert.True(await table.InsertRowAsync(silo, (await table.ReadAllAsync()).Version.Next()));

        silo.IAmAliveTime = Now.AddMinutes(3);
        await table.UpdateIAmAliveAsync(silo);

        var row = await table.ReadRowAsync(silo.SiloAddress);
        Assert.Equal(Now.AddMinutes(3), row.Members[0].Item1.IAmAliveTime);
        Assert.Equal(1, row.Version.Version);
    }

    [SkippableFact]
    public async Task Cleanup_removes_silent_silos_that_are_not_active()
    {
        var table = await TableAsync();
        foreach (var (port, status) in new[] { (11111, SiloStatus.Dead), (11112, SiloStatus.Active), (11113, SiloStatus.Dead) })
        {
            var entry = Entry(port, status);
            entry.IAmAliveTime = port == 11113 ? Now.AddHours(2) : Now;
            Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next()));
        }

        await table.CleanupDefunctSiloEntriesAsync(new DateTimeOffset(Now.AddHours(1)));

        var ports = (await table.ReadAllAsync()).Members.Select(m => m.Item1.SiloAddress.Endpoint.Port).Order().ToArray();
        Assert.Equal([11112, 11113], ports);
    }

    [SkippableFact]
    public async Task Deleting_the_cluster_removes_its_members_and_version()
    {
        var (table, clusterId) = await TableWithIdAsync();
        Assert.True(await table.InsertRowAsync(Entry(11111, SiloStatus.Active), (await table.ReadAllAsync()).Version.Next()));

        await table.DeleteMembershipTableEntriesAsync(clusterId);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);

        var data = await table.ReadAllAsync();
        Assert.Empty(data.Members);
        Assert.Equal(0, data.Version.Version);
    }

    private async Task<IMembershipTable> TableAsync() => (await TableWithIdAsync()).Table;

    private async Task<(IMembershipTable Table, string ClusterId)> TableWithIdAsync()
    {
        var connectionString = database.Require();
        var clusterId = "members-" + Guid.NewGuid().ToString("N");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = clusterId;
            });
            silo.UsePostgresClustering(connectionString);
        });
        var host = builder.Build();
        _hosts.Add(host);
        var table = host.Services.GetRequiredService<IMembershipTable>();
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        return (table, clusterId);
    }

    private static MembershipEntry Entry(int port, SiloStatus status) => new()
    {
        SiloAddress = SiloAddress.New(IPAddress.Loopback, port, 7),
        SiloName = $"silo-{port}",
        HostName = "host-a",
        Status = status,
        ProxyPort = 30000,
        StartTime = Now,
        IAmAliveTime = Now,
    };
}
