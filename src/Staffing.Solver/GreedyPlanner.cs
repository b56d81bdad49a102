using Staffing.Scenarios;
using Staffing.Solver.Problem;
using Staffing.Solver.Search;

namespace Staffing.Solver;

/// <summary>The best-match baseline: seats in tier order, each to the cheapest qualified free person, current holders kept.</summary>
public static class GreedyPlanner
{
    /// <summary>The greedy plan (status feasible), or invalid-input / unknown with the reasons when it cannot produce one.</summary>
    public static Plan Plan(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var errors = ScenarioValidator.Validate(scenario);
        if (errors.Count > 0)
        {
            return PlanWriter.Invalid(errors, new PlanStats { Method = "greedy" });
        }

        var problem = StaffingProblem.Create(scenario);
        var state = GreedyConstruction.Build(problem);
        var violations = SolveRun.Violations(state);
        var stats = new PlanStats { Method = "greedy", Seconds = Math.Round(clock.Elapsed.TotalSeconds, 3) };
        return violations.Count > 0
            ? new Plan { Status = PlanStatus.Unknown, Conflicts = violations, Stats = stats }
            : PlanWriter.Write(state, PlanStatus.Feasible, null, stats);
    }
}
