using System.Diagnostics;
using Staffing.Scenarios;
using Staffing.Solver;

namespace Staffing.Cli;

internal sealed class BenchCommand : ICliCommand
{
    public string Name => "bench";

    public string Usage => "bench [--scenario FILE[,FILE...]] [--time-limit SECONDS] [--workers N] [--seed N] [--repair-limit SECONDS]";

    public string Summary => "Solve benchmark scenarios (default: the shared small and medium), then repair one return; print a table.";

    public async Task<int> RunAsync(CommandLineArgs args, TextWriter stdout, TextWriter stderr)
    {
        var files = (args.Optional("scenario")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? DefaultScenarios())
            .Concat(args.Positional)
            .ToList();
        var options = new SolveOptions
        {
            TimeLimit = TimeSpan.FromSeconds(args.Double("time-limit", 60, 0.1, 86_400)),
            Workers = args.Int("workers", Environment.ProcessorCount, 1, 256),
            Seed = args.Int("seed", 1, 0, int.MaxValue),
        };
        var repairLimit = TimeSpan.FromSeconds(args.Double("repair-limit", 5, 0.1, 3_600));
        args.RejectUnknown();

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
            var plan = await new TeamSolver().SolveAsync(scenario, options).ConfigureAwait(false);
            await stdout.WriteLineAsync(BenchRow.Format(name, scenario, plan)).ConfigureAwait(false);
            if (plan.Status is PlanStatus.Optimal or PlanStatus.Feasible)
            {
                var (repaired, returned) = RepairAfterReturn(scenario, plan);
                var clock = Stopwatch.StartNew();
                var repairPlan = await new TeamSolver().SolveAsync(repaired, options with { Repair = true, TimeLimit = repairLimit }).ConfigureAwait(false);
                clock.Stop();
                await stdout.WriteLineAsync(BenchRow.Format($"{name} repair ({returned})", repaired, repairPlan, clock.Elapsed.TotalSeconds)).ConfigureAwait(false);
            }
            else
            {
                exit = SolveCommand.NoPlan;
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

    /// <summary>The scenario with the plan as everyone's current seats, and the client of one staffed seat returning its holder.</summary>
    private static (Scenario Scenario, string Returned) RepairAfterReturn(Scenario scenario, Plan plan)
    {
        var fixedSeats = scenario.AllSeats().Where(x => x.Seat.Fixed is not null).Select(x => x.Seat.Id).ToHashSet();
        var seatClient = scenario.AllSeats().ToDictionary(x => x.Seat.Id, x => x.Project.Client);
        var victim = plan.Assignments.First(a => !fixedSeats.Contains(a.Seat) && !plan.DedicatedPartners.Any(d => d.Staff == a.Staff));
        var client = seatClient[victim.Seat];
        var current = plan.Assignments.ToLookup(a => a.Staff, a => a.Seat);
        var repaired = scenario with
        {
            Staff = [.. scenario.Staff.Select(p => p with { Current = [.. current[p.Id]] })],
            Clients = [.. scenario.Clients.Select(c => c.Id == client ? c with { Returned = [.. c.Returned ?? [], victim.Staff] } : c)],
        };
        return (repaired, $"{client} returns {victim.Staff}");
    }
}
