using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>An empty seat costs its tier's weight per percent-week.</summary>
internal sealed class UnfilledSeatTerm : IObjectiveTerm
{
    public string Name => "unfilled";

    public RuleLevel Level => RuleLevel.Soft;

    public string Description => "An unfilled seat costs W.unfilled[tier] times its effort (load x weeks).";

    public long SeatTerm(StaffingProblem problem, SeatData seat, int holder) =>
        holder < 0 ? problem.Weights.Unfilled![seat.Tier] * seat.Effort : 0;
}
