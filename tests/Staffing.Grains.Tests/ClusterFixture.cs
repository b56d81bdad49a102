using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;
using Staffing.Grains.Abstractions;
using Staffing.Persistence.Hosting;

namespace Staffing.Grains.Tests;

/// <summary>One in-process silo with memory storage and in-memory reminders, shared by every test of a collection.</summary>
public class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    /// <summary>The silo's clock; only tests of one collection (which run one after another) move it.</summary>
    public AdjustableClock Clock { get; } = new();

    public IGrainFactory Grains => Cluster.Client;

    public FirmScenarioExporter Exporter => new(Grains);

    public FirmImporter Importer => new(Grains, NullLogger<FirmImporter>.Instance);

    public BookingCoordinator Coordinator => new(Grains, Exporter, NullLogger<BookingCoordinator>.Instance);

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => ConfigureStorage(silo).UseInMemoryReminderService());
        builder.ConfigureSiloHost((_, host) => host.Services.AddSingleton<TimeProvider>(Clock).AddStaffingGrainServices());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public virtual async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>The grain storage under <see cref="StorageNames.Default"/>: memory unless a fixture says otherwise.</summary>
    protected virtual ISiloBuilder ConfigureStorage(ISiloBuilder silo) => silo.AddMemoryGrainStorage(StorageNames.Default);

    /// <summary>A key no other test uses.</summary>
    public static string Key(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}

/// <summary>The cluster most tests share; they only ever use keys of their own.</summary>
[CollectionDefinition(Name)]
public sealed class SharedCluster : ICollectionFixture<ClusterFixture>
{
    public const string Name = "shared cluster";
}

/// <summary>
/// Whole-firm export reads every id in the firm directory, so the tests that import and export a whole firm get
/// a cluster (and so a firm directory) of their own.
/// </summary>
public sealed class FirmClusterFixture : ClusterFixture;

[CollectionDefinition(Name)]
public sealed class FirmCluster : ICollectionFixture<FirmClusterFixture>
{
    public const string Name = "firm cluster";
}

/// <summary>A second whole firm, loaded from the larger example scenario.</summary>
public sealed class SmallFirmClusterFixture : ClusterFixture;

[CollectionDefinition(Name)]
public sealed class SmallFirmCluster : ICollectionFixture<SmallFirmClusterFixture>
{
    public const string Name = "small firm cluster";
}

/// <summary>A firm kept in the product's SQLite grain storage, to prove the grains' state survives a reload.</summary>
public sealed class SqliteFirmClusterFixture : ClusterFixture
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"staffing-grains-{Guid.NewGuid():N}.db");

    protected override ISiloBuilder ConfigureStorage(ISiloBuilder silo) =>
        silo.AddSqliteGrainStorage(StorageNames.Default, o => o.Path = path);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteFirmCluster : ICollectionFixture<SqliteFirmClusterFixture>
{
    public const string Name = "sqlite firm cluster";
}
