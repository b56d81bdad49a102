using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains.Tests.Workflows;

/// <summary>
/// A silo of its own for the workflow tests: they solve scenarios built from every client and person in the
/// store, so they must not see other tests' half-built firms. Short solves, two solver threads.
/// </summary>
public sealed class WorkflowClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public AdjustableClock Clock { get; } = new();

    public IGrainFactory Grains => Cluster.Client;

    public IServiceProvider Silo => Cluster.GetSiloServiceProvider();

    public T Service<T>() where T : notnull => Silo.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddMemoryGrainStorage(StorageNames.Default).UseInMemoryReminderService());
        builder.ConfigureSiloHost((_, host) => host.Services
            .AddSingleton<TimeProvider>(Clock)
            .AddStaffingGrainServices()
            .Configure<WorkflowOptions>(o =>
            {
                o.Workers = 2;
                o.RepairTimeLimitSeconds = 2;
                o.ProgressIntervalMilliseconds = 50;
            }));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        await Grains.GetGrain<IFirmGrain>(GrainKeys.Firm).SetPlanningAsync(12, null);
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class WorkflowCluster : ICollectionFixture<WorkflowClusterFixture>
{
    public const string Name = "workflow cluster";
}

/// <summary>A small firm of one client built for one test: a project with seats, consultants, and the client's partner.</summary>
internal sealed record TestFirm(string Client, string Project, IReadOnlyList<string> Seats, IReadOnlyList<string> Staff, string? Partner)
{
    public static async Task<TestFirm> CreateAsync(WorkflowClusterFixture cluster, Tier tier, int seats, int staff, int load = 50)
    {
        var grains = cluster.Grains;
        var client = ClusterFixture.Key("client");
        var project = ClusterFixture.Key("project");
        var seatIds = Enumerable.Range(0, seats).Select(i => $"{project}-s{i}").ToList();
        var people = Enumerable.Range(0, staff).Select(_ => ClusterFixture.Key("staff")).ToList();
        foreach (var id in people)
        {
            await grains.GetGrain<IStaffGrain>(id).DefineAsync(Builders.Person(id));
        }

        await grains.GetGrain<IClientGrain>(client).DefineAsync(Builders.Client(client, tier), "test");
        string? partner = null;
        if (tier == Tier.Diamond)
        {
            partner = ClusterFixture.Key("partner");
            await grains.GetGrain<IStaffGrain>(partner).DefineAsync(Builders.Person(partner, grade: Grade.Partner));
            Assert.True((await cluster.Service<BookingCoordinator>().DedicatePartnerAsync(client, partner)).Success);
        }

        await grains.GetGrain<IProjectGrain>(project).DefineAsync(
            Builders.Project(project, client, [.. seatIds.Select(s => Builders.Seat(s, load, 0, 8))]));
        return new TestFirm(client, project, seatIds, people, partner);
    }

    /// <summary>Books <paramref name="staff"/> on <paramref name="seat"/> as today's holder.</summary>
    public async Task HoldAsync(WorkflowClusterFixture cluster, string seat, string staff) =>
        Assert.True((await cluster.Service<BookingCoordinator>().AssignSeatAsync(Project, seat, staff)).Success);

    public async Task<string?> HolderAsync(WorkflowClusterFixture cluster, string seat) =>
        (await cluster.Grains.GetGrain<IProjectGrain>(Project).GetAsync())!.Holders.GetValueOrDefault(seat);
}
