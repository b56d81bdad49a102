using Microsoft.Extensions.Options;
using Staffing.Domain;
using Staffing.Generator;
using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;

namespace Staffing.Host.Demo;

/// <summary>
/// Asks the cluster's one <see cref="IDemoSeedGrain"/> to seed the demo firm into an empty store once the silo is
/// up, so silos starting together seed it once. Registered after the silo, so it starts after it; the host
/// reports ready only when seeding is over, so nobody sees a half-seeded firm.
/// </summary>
internal sealed class DemoFirmSeeder(IGrainFactory grains, IOptions<DemoOptions> options, ILogger<DemoFirmSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed)
        {
            logger.LogInformation("Demo seeding is switched off");
            return;
        }

        await grains.GetGrain<IDemoSeedGrain>(0).SeedIfEmptyAsync().WaitAsync(cancellationToken).ConfigureAwait(true);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The seeding itself, in one grain activation for the whole cluster.</summary>
internal sealed class DemoSeedGrain(
    IGrainFactory grains,
    FirmImporter importer,
    UserAccounts accounts,
    IOptions<DemoOptions> options,
    TimeProvider clock,
    ILogger<DemoSeedGrain> logger) : Grain, IDemoSeedGrain
{
    public async Task<bool> SeedIfEmptyAsync()
    {
        var directory = await grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync().ConfigureAwait(true);
        if (directory.Clients.Count > 0 || directory.Staff.Count > 0)
        {
            logger.LogInformation(
                "Store already holds {ClientCount} clients and {StaffCount} staff; demo seeding skipped",
                directory.Clients.Count, directory.Staff.Count);
            return false;
        }

        var firm = ScenarioGenerator.Generate(GeneratorOptions.Demo with { Seed = options.Value.RandomSeed });
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await importer.ImportAsync(firm.Scenario, RevenueByClient(firm, today), today).ConfigureAwait(true);
        await SeedAccountsAsync(firm).ConfigureAwait(true);
        logger.LogInformation(
            "Seeded the demo firm: {ClientCount} clients, {ProjectCount} projects, {StaffCount} staff (seed {RandomSeed})",
            firm.Scenario.Clients.Count, firm.Scenario.Projects.Count, firm.Scenario.Staff.Count, options.Value.RandomSeed);
        return true;
    }

    /// <summary>The demo's sign-in accounts, all with the password <see cref="DemoOptions.Password"/>.</summary>
    private async Task SeedAccountsAsync(GeneratedFirm firm)
    {
        var password = DemoOptions.Password;
        await accounts.CreateAsync("admin", password, Roles.Admin, displayName: "Demo administrator").ConfigureAwait(true);
        await accounts.CreateAsync("manager", password, Roles.ResourceManager, displayName: "Demo resource manager").ConfigureAwait(true);
        foreach (var client in firm.Scenario.Clients)
        {
            await accounts.CreateAsync($"client-{client.Id}", password, Roles.ClientUser, client.Id, $"{client.Name ?? client.Id} (client user)").ConfigureAwait(true);
        }

        foreach (var client in firm.Scenario.Clients.Where(c => c.DedicatedPartner is not null))
        {
            await accounts.CreateAsync($"partner-{client.DedicatedPartner}", password, Roles.Partner, displayName: $"Dedicated partner of {client.Name ?? client.Id}", staffId: client.DedicatedPartner).ConfigureAwait(true);
        }
    }

    /// <summary>The generator's history ends with the month before <paramref name="today"/>'s.</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<MonthlyRevenue>> RevenueByClient(GeneratedFirm firm, DateOnly today)
    {
        var lastMonth = MonthlyRevenue.MonthOf(today).AddMonths(-1);
        return firm.Revenue.ToDictionary(
            r => r.Client,
            r => (IReadOnlyList<MonthlyRevenue>)r.MonthlyRevenue
                .Select((amount, i) => new MonthlyRevenue(lastMonth.AddMonths(i - r.MonthlyRevenue.Count + 1), amount))
                .ToList());
    }
}
