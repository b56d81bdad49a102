using Staffing.Solver.Model;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>H5: a seat with a pick or a pin is held by exactly that person.</summary>
internal sealed class PickAndPinRule : IHardRule
{
    public string Name => "H5";

    public RuleLevel Level => RuleLevel.Hard;

    public string Description => "A seat with a client's pick or a manager's pin is held by exactly that person.";

    public bool Admits(StaffingProblem problem, SeatData seat, PersonData person) =>
        seat.FixedPerson < 0 || seat.FixedPerson == person.Index;

    public void AddTo(TeamModel model)
    {
        for (var i = 0; i < model.FreeSeats.Count; i++)
        {
            var seat = model.Problem.Seats[model.FreeSeats[i]];
            if (seat.FixedPerson < 0)
            {
                continue;
            }

            // No variable for the fixed person means another rule ruled them out: the model has no plan.
            var choice = model.X[i].Where(c => c.Person == seat.FixedPerson).Select(c => c.Var).ToList();
            model.Model.AddBoolOr(choice);
        }
    }

    public IEnumerable<string> Check(TeamState plan)
    {
        foreach (var seat in plan.Problem.Seats)
        {
            var holder = plan.Holder[seat.Index];
            if (seat.FixedPerson >= 0 && holder != seat.FixedPerson)
            {
                var has = holder < 0 ? "nobody" : plan.Problem.People[holder].Id;
                yield return $"H5: seat {seat.Id} must go to {plan.Problem.People[seat.FixedPerson].Id}, has {has}";
            }
        }
    }
}
