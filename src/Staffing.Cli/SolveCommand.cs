using System.Globalization;
using Staffing.Scenarios;
using Staffing.Solver;

namespace Staffing.Cli;

internal sealed class SolveCommand : ICliCommand
{
    public const int NoPlan = 3;

    public string Name => "solve";

    public string Usage => "solve --scenario FILE --out FILE [--time-limit SECONDS] [--workers N] [--seed N] [--repair]";

    public string Summary => "Staff a scenario: write the plan (exit 0 plan, 2 invalid input, 3 infeasible/unknown).";

    public async Task<int> RunAsync(CommandLineArgs args, TextWriter stdout, TextWriter stderr)
    {
        var scenarioPath = args.Required("scenario");
        var outPath = args.Required("out");
        var options = new SolveOptions
        {
            TimeLimit = TimeSpan.FromSeconds(args.Double("time-limit", 10, 0.1, 86_400)),
            Workers = args.Int("workers", Environment.ProcessorCount, 1, 256),
            Seed = args.Int("seed", 1, 0, int.MaxValue),
            Repair = args.Flag("repair"),
        };
        args.RejectUnknown();

        var (scenario, readError) = await SolveInput.ReadAsync(scenarioPath).ConfigureAwait(false);
        var plan = scenario is null
            ? new Plan { Status = PlanStatus.InvalidInput, Errors = [readError!] }
            : await new TeamSolver().SolveAsync(scenario, options, new SolveProgressPrinter(stderr)).ConfigureAwait(false);

        await File.WriteAllTextAsync(outPath, ScenarioJson.Write(plan)).ConfigureAwait(false);
        await WriteOutcomeAsync(plan, outPath, stdout, stderr).ConfigureAwait(false);
        return ExitCode(plan.Status);
    }

    public static int ExitCode(PlanStatus status) => status switch
    {
        PlanStatus.Optimal or PlanStatus.Feasible => 0,
        PlanStatus.InvalidInput => CommandTable.UsageError,
        _ => NoPlan,
    };

    private static async Task WriteOutcomeAsync(Plan plan, string outPath, TextWriter stdout, TextWriter stderr)
    {
        foreach (var error in plan.Errors ?? [])
        {
            await stderr.WriteLineAsync($"error: {error.Path}: {error.Message}").ConfigureAwait(false);
        }

        foreach (var conflict in plan.Conflicts ?? [])
        {
            await stderr.WriteLineAsync($"conflict: {conflict}").ConfigureAwait(false);
        }

        var status = System.Text.Json.JsonSerializer.Serialize(plan.Status, ScenarioJson.Options).Trim('"');
        var seats = plan.Assignments.Count + plan.Unfilled.Count;
        var summary = plan.Objective is { } objective
            ? string.Create(CultureInfo.InvariantCulture,
                $"{status}: objective {objective:N0}, bound {plan.Bound?.ToString("N0", CultureInfo.InvariantCulture) ?? "-"}, {plan.Assignments.Count}/{seats} seats filled, {plan.Stats?.Seconds:0.0} s; plan written to {outPath}")
            : $"{status}: plan written to {outPath}";
        await stdout.WriteLineAsync(summary).ConfigureAwait(false);
    }
}
