using System.Globalization;
using Google.OrTools.Sat;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Model;

/// <summary>What one CP-SAT solve of a <see cref="TeamModel"/> gave.</summary>
internal sealed record CpSatOutcome(CpSolverStatus Status, TeamState? Plan, long? Objective, long? Bound);

/// <summary>Runs CP-SAT on a team model, always with a time limit, worker count and seed.</summary>
internal static class CpSatRun
{
    /// <summary>
    /// Conflicts CP-SAT may spend completing a hint it was told is only a rough start. On small, the default
    /// (10) spent 0.8 s completing the greedy plan, which its first LP-guided plan beats by 10 %; with 1 the
    /// proof of optimality came 1.3 s sooner (6.9-7.3 s against 8.5-8.8 s in all; 0 gave 7.4-7.7 s, 3 gave 8.0 s).
    /// </summary>
    private const int RoughHintConflicts = 1;

    /// <param name="deterministicTime">When set, a work limit in CP-SAT's deterministic seconds, so reruns stop at the same point.</param>
    /// <param name="roughHint">The hint is a rough start (a greedy plan for the whole problem), not a plan to stay close to.</param>
    public static CpSatOutcome Solve(
        TeamModel model, TimeSpan timeLimit, int workers, int seed, double? deterministicTime,
        Action<long, long>? onSolution, CancellationToken cancellationToken, bool roughHint = false)
    {
        using var solver = new CpSolver();
        // The whole problem (no work limit) needs the LP relaxation for its bound. Below three threads the
        // default portfolio has no LP worker, and on two busy cores one LP worker beat two threads.
        var full = deterministicTime is null;
        var threads = full && workers <= 2 ? 1 : Math.Max(1, workers);
        var parameters = string.Create(CultureInfo.InvariantCulture,
            $"num_workers:{threads} random_seed:{seed} max_time_in_seconds:{Math.Max(0.01, timeLimit.TotalSeconds):0.###}");
        parameters += deterministicTime is { } work
            ? string.Create(CultureInfo.InvariantCulture, $" max_deterministic_time:{work:0.###} interleave_search:true")
            : " linearization_level:2";
        if (roughHint)
        {
            parameters += $" hint_conflict_limit:{RoughHintConflicts}";
        }

        solver.StringParameters = parameters;
        using var stop = cancellationToken.Register(solver.StopSearch);
        var callback = onSolution is null ? null : new SolutionReport(onSolution);
        var status = callback is null ? solver.Solve(model.Model) : solver.Solve(model.Model, callback);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return new CpSatOutcome(status, null, null, status == CpSolverStatus.Infeasible ? null : Bound(solver.BestObjectiveBound));
        }

        var plan = model.Extract(solver.BooleanValue);
        var objective = (long)Math.Round(solver.ObjectiveValue);
        return new CpSatOutcome(status, plan, objective, Math.Min(objective, Bound(solver.BestObjectiveBound)));
    }

    // The bound is integral; the small margin absorbs floating-point noise in CP-SAT's double.
    private static long Bound(double bound) => (long)Math.Ceiling(bound - 1e-3);

    private sealed class SolutionReport(Action<long, long> onSolution) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback() =>
            onSolution((long)Math.Round(ObjectiveValue()), (long)Math.Ceiling(BestObjectiveBound()));
    }
}
