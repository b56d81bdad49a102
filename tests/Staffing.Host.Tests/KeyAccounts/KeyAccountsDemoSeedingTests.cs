using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Host.Demo;
using Staffing.Scenarios;

namespace Staffing.Host.Tests.KeyAccounts;

public sealed class KeyAccountsDemoSeedingTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private IGrainFactory Grains => demo.Factory.Services.GetRequiredService<IGrainFactory>();

    private async Task<List<ClientInfo>> ClientsAsync()
    {
        var directory = await Grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        return [.. (await Task.WhenAll(directory.Clients.Select(id => Grains.GetGrain<IClientGrain>(id).GetAsync()))).OfType<ClientInfo>()];
    }

    [Fact]
    public async Task Every_demo_account_has_the_stage_of_its_account_plan()
    {
        var clients = await ClientsAsync();
        var plans = await Task.WhenAll(clients.Select(c => Grains.GetGrain<IAccountPlanGrain>(c.Id).GetAsync()));

        Assert.Equal(plans.Select(p => (p.ClientId, p.Stage)), clients.Select(c => (c.Id, c.Stage)));
        Assert.Contains(plans, p => p.Stage > AccountStage.QualifiedSupplier);
    }

    [Fact]
    public async Task The_accounts_restated_across_the_diamond_line_keep_every_month_of_their_year()
    {
        var review = await Grains.GetGrain<ITierReviewGrain>(GrainKeys.Firm).GetAsync();
        var restated = review.Audit.Where(a => a.From == Tier.Diamond || a.To == Tier.Diamond).Select(a => a.ClientId).Distinct().ToList();
        var clients = (await ClientsAsync()).Where(c => restated.Contains(c.Id)).ToList();

        Assert.Equal(2, clients.Count);
        var latest = clients.SelectMany(c => c.Revenue).Max(r => r.Month);
        Assert.All(clients, c => Assert.All(c.Revenue.Where(r => r.Month > latest.AddMonths(-12)), r => Assert.True(r.Amount > 0, $"{c.Id} {r.Month:yyyy-MM} is empty")));
    }

    [Fact]
    public async Task Seeding_again_gives_bill_rates_to_a_firm_whose_accounts_were_seeded_without_them()
    {
        var directory = await Grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        var staff = (await Task.WhenAll(directory.Staff.Take(5).Select(id => Grains.GetGrain<IStaffGrain>(id).GetAsync()))).OfType<StaffInfo>().ToList();
        foreach (var person in staff)
        {
            await Grains.GetGrain<IStaffGrain>(person.Id).DefineAsync(person with { BillPerWeek = 0 });
        }

        var seeder = demo.Factory.Services.GetServices<IHostedService>().OfType<KeyAccountsDemoSeeder>().Single();
        await seeder.StartAsync(CancellationToken.None);

        var after = await Task.WhenAll(staff.Select(s => Grains.GetGrain<IStaffGrain>(s.Id).GetAsync()));
        Assert.All(after, s => Assert.True(s!.BillPerWeek > s.CostPerWeek, $"{s.Id} bills {s.BillPerWeek}"));
        Assert.NotEmpty((await Grains.GetGrain<ICommercialBookGrain>(GrainKeys.Firm).GetAsync()).Opportunities);
    }
}
