using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>H2: grade, skills and department fit the seat, unless the person is the seat's pick or pin.</summary>
internal sealed class QualificationRule : IHardRule
{
    public string Name => "H2";

    public RuleLevel Level => RuleLevel.Hard;

    public string Description => "The holder has the seat's grade, skill levels and department; waived for the seat's pick or pin.";

    public bool Admits(StaffingProblem problem, SeatData seat, PersonData person) =>
        seat.FixedPerson == person.Index || Qualification.Qualifies(seat.Seat, person.Member);

    public IEnumerable<string> Check(TeamState plan)
    {
        foreach (var seat in plan.Problem.Seats)
        {
            var holder = plan.Holder[seat.Index];
            if (holder >= 0 && !Admits(plan.Problem, seat, plan.Problem.People[holder]))
            {
                yield return $"H2: {plan.Problem.People[holder].Id} is not qualified for seat {seat.Id}";
            }
        }
    }
}
