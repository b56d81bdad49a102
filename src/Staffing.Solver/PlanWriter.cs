using Staffing.Scenarios;
using Staffing.Solver.Explanations;
using Staffing.Solver.Problem;

namespace Staffing.Solver;

/// <summary>Turns a finished <see cref="TeamState"/> into the plan format, with reasons and explanations.</summary>
internal static class PlanWriter
{
    public static Plan Write(TeamState state, PlanStatus status, long? bound, PlanStats stats)
    {
        var problem = state.Problem;
        var reasons = new UnfilledSeat?[problem.Seats.Length];
        var explanations = new SeatExplanation[problem.Seats.Length];
        // Seats are explained independently from a plan nobody changes any more, so both cores share the work.
        Parallel.ForEach(problem.Seats, seat =>
        {
            if (state.Holder[seat.Index] >= 0)
            {
                explanations[seat.Index] = SeatExplainer.ExplainFilled(state, seat);
                return;
            }

            var (reason, eliminated) = UnfilledReason.Explain(state, seat);
            reasons[seat.Index] = new UnfilledSeat(seat.Id, reason);
            explanations[seat.Index] = SeatExplainer.ExplainEmpty(state, seat, eliminated);
        });
        var unfilled = reasons.OfType<UnfilledSeat>().ToList();

        var terms = ObjectiveCalculator.Breakdown(state);
        var objective = terms.Values.Sum();
        return new Plan
        {
            Status = status,
            Objective = objective,
            Bound = bound is { } b ? Math.Min(b, objective) : null,
            Assignments = PlanConversion.Assignments(state),
            DedicatedPartners = PlanConversion.DedicatedPartners(state),
            Unfilled = unfilled,
            Stats = stats with { ObjectiveTerms = terms },
            Explanations = explanations,
        };
    }

    public static Plan Invalid(IReadOnlyList<InputError> errors, PlanStats stats) =>
        new() { Status = PlanStatus.InvalidInput, Errors = errors, Stats = stats };

    public static Plan Infeasible(IReadOnlyList<string> conflicts, PlanStats stats) =>
        new() { Status = PlanStatus.Infeasible, Conflicts = conflicts, Stats = stats };

    public static Plan Unknown(string why, long? bound, PlanStats stats) =>
        new() { Status = PlanStatus.Unknown, Bound = bound, Conflicts = [why], Stats = stats };
}
