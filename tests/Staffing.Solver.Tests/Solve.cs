using Staffing.Scenarios;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Tests;

/// <summary>Solves small scenarios the same way every time (one worker, seed 1) and reads plans back.</summary>
internal static class Solve
{
    public static readonly SolveOptions Options = new() { TimeLimit = TimeSpan.FromSeconds(20), Workers = 1, Seed = 1 };

    public static Plan Run(Scenario scenario, SolveOptions? options = null) =>
        new TeamSolver().SolveAsync(scenario, options ?? Options).GetAwaiter().GetResult();

    public static string? HolderOf(this Plan plan, string seat) => plan.Assignments.SingleOrDefault(a => a.Seat == seat)?.Staff;

    /// <summary>A plan state with the given holders, for checking rules on hand-made (possibly broken) plans.</summary>
    public static TeamState State(Scenario scenario, params (string Seat, string Staff)[] holders)
    {
        var problem = StaffingProblem.Create(scenario);
        return PlanConversion.ToState(problem, new Plan { Assignments = [.. holders.Select(h => new Assignment(h.Seat, h.Staff))] });
    }
}
