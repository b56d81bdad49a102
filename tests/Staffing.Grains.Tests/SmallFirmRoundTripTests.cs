using Staffing.Scenarios;
using Staffing.Solver;

namespace Staffing.Grains.Tests;

[Collection(SmallFirmCluster.Name)]
public class SmallFirmRoundTripTests(SmallFirmClusterFixture fixture)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_firm_of_two_hundred_people_round_trips_and_takes_a_greedy_plan_as_bookings()
    {
        var imported = SharedContracts.ReadScenario("small.json");
        await fixture.Importer.ImportAsync(imported);

        var first = await fixture.Exporter.ExportAsync();
        Assert.Equal(ScenarioNormalizer.Canonical(imported), ScenarioNormalizer.Canonical(first));

        var plan = GreedyPlanner.Plan(first);
        var applied = await fixture.Coordinator.ApplyPlanAsync(plan, first);
        Assert.True(applied.Success, string.Join(" | ", applied.Clashes.Select(c => c.Message)));

        var second = await fixture.Exporter.ExportAsync();
        var held = second.Staff.SelectMany(s => (s.Current ?? []).Select(seat => (seat, s.Id))).Order().ToList();
        Assert.Equal(plan.Assignments.Select(a => (a.Seat, a.Staff)).Order().ToList(), held);
        Assert.Equal(0, await FirmRoundTripTests.CheckSolutionAsync(first, plan));
    }
}
