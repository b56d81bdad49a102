using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>Moving a seat away from its current holder costs a change, unless the client returned them.</summary>
internal sealed class TeamChangeTerm : IObjectiveTerm
{
    public string Name => "change";

    public RuleLevel Level => RuleLevel.Soft;

    public string Description => "A seat not held by its current holder costs W.change, unless the client returned that holder.";

    public long SeatTerm(StaffingProblem problem, SeatData seat, int holder) =>
        Changes(problem, seat, holder) ? problem.Weights.Change!.Value : 0;

    public static bool Changes(StaffingProblem problem, SeatData seat, int holder) =>
        seat.CurrentHolder >= 0 && holder != seat.CurrentHolder
        && !problem.Clients[seat.ClientIndex].Returned.Contains(seat.CurrentHolder);
}
