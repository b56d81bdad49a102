using Staffing.Domain;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>Reads what the key-account views are computed from: the firm, the commercial book, plans and opportunities.</summary>
public sealed class KeyAccountsReader(IGrainFactory grains, FirmScenarioExporter exporter, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<FirmSnapshot> SnapshotAsync() => exporter.SnapshotAsync();

    public Task<CommercialBookInfo> CommercialBookAsync() => grains.GetGrain<ICommercialBookGrain>(GrainKeys.Firm).GetAsync();

    /// <summary>The firm over its horizon with actuals (summed per project), offerings and targets, as of this year.</summary>
    public async Task<ProfitBook> ProfitBookAsync()
    {
        var snapshot = SnapshotAsync();
        var book = await CommercialBookAsync();
        var firm = await snapshot;
        return new ProfitBook
        {
            Weeks = firm.Weeks,
            Clients = firm.Clients,
            Projects = firm.Projects,
            Staff = firm.Staff,
            Actuals = book.Actuals.GroupBy(a => a.Project).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount)),
            Offerings = [.. book.Offerings.Select(o => o.ToDomain())],
            Targets = book.SalesTargets,
            Year = Today.Year,
        };
    }

    public async Task<IReadOnlyList<ClientInfo>> ClientsAsync()
    {
        var directory = await grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        var clients = await Task.WhenAll(directory.Clients.Select(id => grains.GetGrain<IClientGrain>(id).GetAsync()));
        return [.. clients.OfType<ClientInfo>()];
    }

    public async Task<IReadOnlyList<AccountPlanInfo>> PlansAsync(IEnumerable<string> clientIds) =>
        await Task.WhenAll(clientIds.Select(id => grains.GetGrain<IAccountPlanGrain>(id).GetAsync()));

    public async Task<IReadOnlyList<OpportunityInfo>> OpportunitiesAsync()
    {
        var book = await CommercialBookAsync();
        var all = await Task.WhenAll(book.Opportunities.Select(id => grains.GetGrain<IOpportunityGrain>(id).GetAsync()));
        return [.. all.OfType<OpportunityInfo>()];
    }
}
