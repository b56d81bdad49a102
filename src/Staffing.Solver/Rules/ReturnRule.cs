using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>H4: a consultant a client returned never holds that client's seats again.</summary>
internal sealed class ReturnRule : IHardRule
{
    public string Name => "H4";

    public RuleLevel Level => RuleLevel.Hard;

    public string Description => "Nobody a client returned holds a seat of that client's projects.";

    public bool Admits(StaffingProblem problem, SeatData seat, PersonData person) =>
        !problem.Clients[seat.ClientIndex].Returned.Contains(person.Index);

    public IEnumerable<string> Check(TeamState plan)
    {
        foreach (var seat in plan.Problem.Seats)
        {
            var holder = plan.Holder[seat.Index];
            if (holder >= 0 && !Admits(plan.Problem, seat, plan.Problem.People[holder]))
            {
                yield return $"H4: {plan.Problem.People[holder].Id} was returned by {plan.Problem.Clients[seat.ClientIndex].Id} but holds seat {seat.Id}";
            }
        }
    }
}
