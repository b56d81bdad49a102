using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains.Tests;

[Collection(SharedCluster.Name)]
public class FirmImporterTests(ClusterFixture fixture)
{
    private static Scenario Firm(string c, string p, string s) => new()
    {
        Weeks = 6,
        Clients = [new Scenarios.Client { Id = c, Name = "Imported", Tier = Tier.Strategic }],
        Projects = [new Scenarios.Project { Id = p, Client = c, Region = "emea", Seats = [new Seat { Id = $"{p}/a", Load = 50, Start = 0, End = 6 }] }],
        Staff = [new Scenarios.StaffMember { Id = s, Region = "emea", CostPerWeek = 100, Capacity = 80, Current = [$"{p}/a"] }],
    };

    [Fact]
    public async Task Import_takes_holders_as_bookings_and_records_the_tier_as_imported()
    {
        var (c, p, s) = (ClusterFixture.Key("c"), ClusterFixture.Key("p"), ClusterFixture.Key("s"));

        await fixture.Importer.ImportAsync(Firm(c, p, s), importedOn: new DateOnly(2026, 5, 4));

        var client = (await fixture.Grains.GetGrain<IClientGrain>(c).GetAsync())!;
        Assert.Equal(Tier.Strategic, client.Tier);
        Assert.Equal(new DateOnly(2027, 5, 4), client.Strategic!.ReviewDate);
        Assert.Equal((Tier.Ordinary, Tier.Strategic, FirmImporter.ImportReason), (client.TierHistory[0].From, client.TierHistory[0].To, client.TierHistory[0].Reason));
        var project = (await fixture.Grains.GetGrain<IProjectGrain>(p).GetAsync())!;
        Assert.Equal((ProjectStatus.Active, s), (project.Status, project.Holders[$"{p}/a"]));
        var person = (await fixture.Grains.GetGrain<IStaffGrain>(s).GetAsync())!;
        Assert.Equal((80, $"{p}/a", c, 50), (person.Capacity, person.Bookings.Single().Seat, person.Bookings.Single().Client, person.Bookings.Single().Load));
    }

    [Fact]
    public async Task With_revenue_a_client_tier_follows_its_revenue()
    {
        var (c, p, s) = (ClusterFixture.Key("c"), ClusterFixture.Key("p"), ClusterFixture.Key("s"));
        var revenue = new Dictionary<string, IReadOnlyList<MonthlyRevenue>>
        {
            [c] = [new MonthlyRevenue(new DateOnly(2026, 3, 1), 7_000_000m), new MonthlyRevenue(new DateOnly(2026, 4, 1), 5_000_000m)],
        };

        await fixture.Importer.ImportAsync(Firm(c, p, s), revenue);

        var client = (await fixture.Grains.GetGrain<IClientGrain>(c).GetAsync())!;
        Assert.Equal(Tier.Gold, client.Tier);
        Assert.Equal([Tier.Strategic, Tier.Gold], client.TierHistory.Select(t => t.To));
    }

    [Fact]
    public async Task An_invalid_scenario_is_refused_before_anything_is_written()
    {
        var (c, p, s) = (ClusterFixture.Key("c"), ClusterFixture.Key("p"), ClusterFixture.Key("s"));
        var invalid = Firm(c, p, s) with { Clients = [new Scenarios.Client { Id = c, Tier = Tier.Gold, DedicatedPartner = s }] };

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => fixture.Importer.ImportAsync(invalid));

        Assert.StartsWith("the scenario is invalid: $.clients[0].dedicatedPartner", error.Message);
        Assert.Null(await fixture.Grains.GetGrain<IClientGrain>(c).GetAsync());
    }
}
