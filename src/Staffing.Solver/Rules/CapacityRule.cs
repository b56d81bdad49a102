using Staffing.Solver.Model;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>H3: each week, a person's seats plus outside commitments stay within capacity; nothing during leave.</summary>
internal sealed class CapacityRule : IHardRule
{
    public string Name => "H3";

    public RuleLevel Level => RuleLevel.Hard;

    public string Description => "Each week a person's seat loads plus committed load stay within capacity, and are zero during leave.";

    public bool Admits(StaffingProblem problem, SeatData seat, PersonData person) =>
        person.MinRoom(seat.Start, seat.End) >= seat.Load;

    public void AddTo(TeamModel model)
    {
        for (var i = 0; i < model.FreeSeats.Count; i++)
        {
            var seat = model.Problem.Seats[model.FreeSeats[i]];
            foreach (var (person, x) in model.X[i])
            {
                model.Capacity.Add(person, new CapacityUse(x, seat.Load, seat.Start, seat.End, AvailableWeeksOnly: false));
            }
        }
    }

    public IEnumerable<string> Check(TeamState plan)
    {
        var problem = plan.Problem;
        foreach (var person in problem.People)
        {
            for (var w = 0; w < problem.Weeks; w++)
            {
                var used = plan.Used(person.Index, w);
                if (used > 0 && used > person.Room[w])
                {
                    yield return $"H3: {person.Id} is booked {used}% in week {w} with room for {person.Room[w]}%";
                    break;
                }
            }
        }
    }
}
