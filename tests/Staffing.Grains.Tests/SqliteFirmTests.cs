using Staffing.Scenarios;
using Staffing.Solver;

namespace Staffing.Grains.Tests;

[Collection(SqliteFirmCluster.Name)]
public class SqliteFirmTests(SqliteFirmClusterFixture fixture)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_firm_in_sqlite_storage_reads_back_identically_after_every_grain_is_deactivated()
    {
        var imported = SharedContracts.ReadScenario("tiny.json");
        await fixture.Importer.ImportAsync(imported);
        var plan = GreedyPlanner.Plan(imported);
        Assert.True((await fixture.Coordinator.ApplyPlanAsync(plan, imported)).Success);
        var before = await fixture.Exporter.ExportAsync();

        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        var staffActivations = (await management.GetSimpleGrainStatistics()).Where(s => s.GrainType.Contains(nameof(StaffGrain), StringComparison.Ordinal)).Sum(s => s.ActivationCount);
        var after = await fixture.Exporter.ExportAsync();

        Assert.Equal(0, staffActivations);
        Assert.Equal(ScenarioNormalizer.Canonical(before), ScenarioNormalizer.Canonical(after));
        Assert.Equal(plan.Assignments.Count, after.Staff.Sum(s => s.Current?.Count ?? 0));
    }
}
