using System.Diagnostics;
using Staffing.Scenarios;
using Staffing.Solver;

namespace Staffing.Cli;

internal sealed class BenchCommand : ICliCommand
{
    public string Name => "bench";

    public string Usage =>
        "bench [--scenario FILE[,FILE...]]... [--time-limit SECONDS] [--workers N] [--seed N] [--repair-limit SECONDS] [--repair-runs N] [--plan FILE]";

    public string Summary =>
        "Solve benchmark scenarios (default: the shared small and medium), then repair one return; print a table. "
        + "--plan starts the repair from a saved plan of the one scenario instead of solving it.";

    public async Task<int> RunAsync(CommandLineArgs args, TextWriter stdout, TextWriter stderr)
    {
        var files = args.All("scenario").Concat(args.Positional).ToList();
        if (files.Count == 0)
        {
            files = [.. DefaultScenarios()];
        }

        var options = new SolveOptions
        {
            TimeLimit = TimeSpan.FromSeconds(args.Double("time-limit", 60, 0.1, 86_400)),
            Workers = args.Int("workers", Environment.ProcessorCount, 1, 256),
            Seed = args.Int("seed", 1, 0, int.MaxValue),
        };
        var repairOptions = options with { Repair = true, TimeLimit = TimeSpan.FromSeconds(args.Double("repair-limit", 5, 0.1, 3_600)) };
        var repairRuns = args.Int("repair-runs", 1, 1, 1_000);
        var planFile = args.Optional("plan");
        args.RejectUnknown();
        if (planFile is not null && files.Count != 1)
        {
            throw new UsageException("--plan needs exactly one --scenario, the one the plan staffs");
        }

        await stdout.WriteLineAsync(BenchRow.Header).ConfigureAwait(false);
        var exit = 0;
        foreach (var file in files)
        {
            var (scenario, error) = await SolveInput.ReadAsync(file).ConfigureAwait(false);
            if (scenario is null)
            {
                await stderr.WriteLineAsync($"error: {file}: {error!.Path}: {error.Message}").ConfigureAwait(false);
                exit = CommandTable.UsageError;
                continue;
            }

            var name = Path.GetFileName(file);
            Plan plan;
            if (planFile is null)
            {
                plan = await new TeamSolver().SolveAsync(scenario, options).ConfigureAwait(false);
                await stdout.WriteLineAsync(BenchRow.Format(name, scenario, plan)).ConfigureAwait(false);
            }
            else
            {
                plan = ScenarioJson.ReadPlan(await File.ReadAllTextAsync(planFile).ConfigureAwait(false));
            }

            if (plan.Status is not (PlanStatus.Optimal or PlanStatus.Feasible))
            {
                exit = SolveCommand.NoPlan;
                continue;
            }

            var (repaired, returned) = ReturnScenario.After(scenario, plan);
            for (var run = 0; run < repairRuns; run++)
            {
                // The scenario is already in memory, as in the host: the time is the library call alone.
                var clock = Stopwatch.StartNew();
                var repairPlan = await new TeamSolver().SolveAsync(repaired, repairOptions).ConfigureAwait(false);
                clock.Stop();
                await stdout.WriteLineAsync(BenchRow.Format($"{name} repair ({returned})", repaired, repairPlan, clock.Elapsed.TotalSeconds)).ConfigureAwait(false);
            }
        }

        return exit;
    }

    private static string[] DefaultScenarios()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Staffing.sln")))
        {
            dir = dir.Parent;
        }

        var root = dir?.FullName ?? Directory.GetCurrentDirectory();
        return [.. new[] { "small.json", "medium.json" }.Select(f => Path.GetFullPath(Path.Combine(root, "..", "shared", "scenarios", f)))];
    }
}
