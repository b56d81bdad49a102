using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains.Tests.KeyAccounts;

/// <summary>
/// A silo of its own for the key-account tests: the tier review reads every account in the firm directory, and
/// its clock is moved to month ends, so no other test shares either.
/// </summary>
public sealed class KeyAccountsClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public AdjustableClock Clock { get; } = new();

    public IGrainFactory Grains => Cluster.Client;

    public FirmScenarioExporter Exporter => new(Grains);

    public BookingCoordinator Coordinator => new(Grains, Exporter, NullLogger<BookingCoordinator>.Instance);

    public CsvImporter Importer => new(Grains, Exporter, Coordinator, Clock, NullLogger<CsvImporter>.Instance);

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddMemoryGrainStorage(StorageNames.Default).UseInMemoryReminderService());
        builder.ConfigureSiloHost((_, host) => host.Services.AddSingleton<TimeProvider>(Clock).AddStaffingGrainServices().AddKeyAccountServices());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    public static string Key(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}

[CollectionDefinition(Name)]
public sealed class KeyAccountsCluster : ICollectionFixture<KeyAccountsClusterFixture>
{
    public const string Name = "key accounts cluster";
}
