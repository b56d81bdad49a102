using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>A filled seat costs its holder's weekly cost per percent-week.</summary>
internal sealed class StaffCostTerm : IObjectiveTerm
{
    public string Name => "cost";

    public RuleLevel Level => RuleLevel.Soft;

    public string Description => "A filled seat costs its holder's costPerWeek times its effort.";

    public long SeatTerm(StaffingProblem problem, SeatData seat, int holder) =>
        holder < 0 ? 0 : problem.People[holder].Member.CostPerWeek * seat.Effort;
}
