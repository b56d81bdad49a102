using System.Diagnostics;
using Staffing.Scenarios;

namespace Staffing.Solver;

/// <summary>Staffs a scenario: validates it, checks picks and pins, then searches for the cheapest plan.</summary>
public sealed class TeamSolver
{
    /// <summary>
    /// Answers with a plan whose status says what happened (invalid-input, infeasible, unknown, feasible, optimal);
    /// never throws for bad or infeasible input.
    /// </summary>
    public Task<Plan> SolveAsync(
        Scenario scenario, SolveOptions options, IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        return Task.Run(() => new SolveRun(scenario, options, progress, Stopwatch.StartNew()).Run(cancellationToken), CancellationToken.None);
    }
}
