using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>Working away from home costs travel, unless the project is remote.</summary>
internal sealed class TravelTerm : IObjectiveTerm
{
    public string Name => "travel";

    public RuleLevel Level => RuleLevel.Soft;

    public string Description => "A seat of a non-remote project held by someone from another region costs W.travel times its effort.";

    public long SeatTerm(StaffingProblem problem, SeatData seat, int holder) =>
        Travels(problem, seat, holder) ? problem.Weights.Travel!.Value * seat.Effort : 0;

    public static bool Travels(StaffingProblem problem, SeatData seat, int holder) =>
        holder >= 0 && !seat.Project.Remote
        && !string.Equals(problem.People[holder].Member.Region, seat.Project.Region, StringComparison.Ordinal);
}
