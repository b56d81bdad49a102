using Staffing.Solver.Model;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>H1: a seat has at most one holder; a person holds at most one seat of any one project.</summary>
internal sealed class OnePersonPerSeatRule : IHardRule
{
    public string Name => "H1";

    public RuleLevel Level => RuleLevel.Hard;

    public string Description => "One person per seat, and at most one seat of any one project per person.";

    public void AddTo(TeamModel model)
    {
        var perProject = new Dictionary<(int Person, int Project), List<Google.OrTools.Sat.ILiteral>>();
        for (var i = 0; i < model.FreeSeats.Count; i++)
        {
            var seat = model.Problem.Seats[model.FreeSeats[i]];
            var choices = model.X[i];
            if (choices.Length > 1)
            {
                model.Model.AddAtMostOne(choices.Select(c => c.Var));
            }

            foreach (var (person, x) in choices)
            {
                var key = (person, seat.ProjectIndex);
                if (!perProject.TryGetValue(key, out var list))
                {
                    perProject[key] = list = [];
                }

                list.Add(x);
            }
        }

        foreach (var list in perProject.Values.Where(l => l.Count > 1))
        {
            model.Model.AddAtMostOne(list);
        }
    }

    public IEnumerable<string> Check(TeamState plan)
    {
        var problem = plan.Problem;
        for (var p = 0; p < problem.People.Length; p++)
        {
            foreach (var group in plan.SeatsOf(p).GroupBy(s => problem.Seats[s].ProjectIndex).Where(g => g.Count() > 1))
            {
                var ids = string.Join(", ", group.Select(s => problem.Seats[s].Id));
                yield return $"H1: {problem.People[p].Id} holds several seats of project {problem.Scenario.Projects[group.Key].Id} ({ids})";
            }
        }
    }
}
