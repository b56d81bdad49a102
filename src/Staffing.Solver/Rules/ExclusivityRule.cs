using Staffing.Solver.Model;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>H8: a dedicated partner holds no seat of another client's projects.</summary>
internal sealed class ExclusivityRule : IHardRule
{
    public string Name => "H8";

    public RuleLevel Level => RuleLevel.Hard;

    public string Description => "A dedicated partner holds no seat of another client's projects.";

    public bool Admits(StaffingProblem problem, SeatData seat, PersonData person)
    {
        var client = problem.GivenPartnerClient[person.Index];
        return client < 0 || client == seat.ClientIndex;
    }

    public void AddTo(TeamModel model)
    {
        for (var i = 0; i < model.FreeSeats.Count; i++)
        {
            var seat = model.Problem.Seats[model.FreeSeats[i]];
            foreach (var (person, x) in model.X[i])
            {
                if (!model.DedicationChoices.TryGetValue(person, out var choices))
                {
                    continue;
                }

                var elsewhere = choices.Where(c => c.Client != seat.ClientIndex).Select(c => c.Var).ToList();
                if (elsewhere.Count > 0)
                {
                    elsewhere.Add(x);
                    model.Model.AddAtMostOne(elsewhere);
                }
            }
        }
    }

    public IEnumerable<string> Check(TeamState plan)
    {
        var problem = plan.Problem;
        foreach (var seat in problem.Seats)
        {
            var holder = plan.Holder[seat.Index];
            if (holder >= 0 && plan.ExcludedByDedication(seat.Index, holder))
            {
                yield return $"H8: {problem.People[holder].Id} is dedicated to {problem.Clients[plan.DedicatedTo[holder]].Id} but holds seat {seat.Id}";
            }
        }
    }
}
