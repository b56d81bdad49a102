using System.Diagnostics;
using Staffing.Scenarios;
using Staffing.Solver;

namespace Staffing.Grains.Tests;

[Collection(FirmCluster.Name)]
public class FirmRoundTripTests(FirmClusterFixture fixture)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Import_export_solve_apply_export_keeps_every_field_and_makes_the_plan_current()
    {
        var imported = SharedContracts.ReadScenario("tiny.json");
        await fixture.Importer.ImportAsync(imported);

        var first = await fixture.Exporter.ExportAsync();
        Assert.Equal(ScenarioNormalizer.Canonical(imported), ScenarioNormalizer.Canonical(first));

        var plan = await new TeamSolver().SolveAsync(first, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(30), Workers = 2, Seed = 1 });
        Assert.Contains(plan.Status, new[] { PlanStatus.Optimal, PlanStatus.Feasible });

        var applied = await fixture.Coordinator.ApplyPlanAsync(plan, first);
        Assert.True(applied.Success, string.Join(" | ", applied.Clashes.Select(c => c.Message)));

        var second = await fixture.Exporter.ExportAsync();
        var held = second.Staff.SelectMany(s => (s.Current ?? []).Select(seat => (seat, s.Id))).Order().ToList();
        Assert.Equal(plan.Assignments.Select(a => (a.Seat, a.Staff)).Order().ToList(), held);
        Assert.Equal(
            plan.DedicatedPartners.Select(d => (d.Client, d.Staff)).Order().ToList(),
            second.Clients.Where(c => c.Tier == Tier.Diamond).Select(c => (c.Id, c.DedicatedPartner!)).Order().ToList());
        Assert.Equal(0, await CheckSolutionAsync(first, plan));
    }

    internal static async Task<int> CheckSolutionAsync(Scenario scenario, Plan plan)
    {
        var folder = Directory.CreateTempSubdirectory("staffing-check-");
        try
        {
            var scenarioFile = Path.Combine(folder.FullName, "scenario.json");
            var planFile = Path.Combine(folder.FullName, "plan.json");
            await File.WriteAllTextAsync(scenarioFile, ScenarioJson.Write(scenario));
            await File.WriteAllTextAsync(planFile, ScenarioJson.Write(plan));
            using var check = Process.Start(new ProcessStartInfo("python3", [SharedContracts.CheckSolutionPath, scenarioFile, planFile])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = await check.StandardOutput.ReadToEndAsync();
            var errors = await check.StandardError.ReadToEndAsync();
            await check.WaitForExitAsync();
            Assert.True(check.ExitCode == 0, output + errors);
            return check.ExitCode;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
