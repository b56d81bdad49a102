using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;
using Staffing.Solver;

namespace Staffing.Host.Tests.Workflows;

public sealed class DemoPlanCheckTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_portfolio_proposal_scenario_from_the_demo_firm_solves_to_a_plan_the_checker_accepts()
    {
        var services = demo.Factory.Services;
        var request = new ProposalRequest { Scope = ProposalScope.Portfolio, RequestedBy = "manager", TimeLimitSeconds = 10 };
        var scenario = ProposalScenario.Build(await services.GetRequiredService<FirmScenarioExporter>().SnapshotAsync(), request);

        var plan = await services.GetRequiredService<TeamSolver>().SolveAsync(scenario, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(10) });

        Assert.Contains(plan.Status, new[] { PlanStatus.Optimal, PlanStatus.Feasible });
        var folder = Directory.CreateTempSubdirectory("staffing-check-");
        try
        {
            var scenarioFile = Path.Combine(folder.FullName, "scenario.json");
            var planFile = Path.Combine(folder.FullName, "plan.json");
            await File.WriteAllTextAsync(scenarioFile, ScenarioJson.Write(scenario));
            await File.WriteAllTextAsync(planFile, ScenarioJson.Write(plan));
            var (exit, output) = await CheckAsync(scenarioFile, planFile);
            Assert.True(exit == 0, output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int Exit, string Output)> CheckAsync(string scenario, string plan)
    {
        var checker = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "tools", "check-solution"));
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { checker, scenario, plan })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
