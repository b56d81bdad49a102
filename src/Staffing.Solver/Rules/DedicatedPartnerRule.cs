using Staffing.Scenarios;
using Staffing.Solver.Model;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>H6: every diamond client has exactly one dedicated partner, its given one if any; nobody serves two.</summary>
internal sealed class DedicatedPartnerRule : IHardRule
{
    public string Name => "H6";

    public RuleLevel Level => RuleLevel.Hard;

    public string Description => "Every diamond client has exactly one dedicated partner of grade partner (its given one when set); nobody is dedicated to two clients.";

    public void AddTo(TeamModel model)
    {
        var perPerson = new Dictionary<int, List<Google.OrTools.Sat.ILiteral>>();
        for (var i = 0; i < model.FreeClients.Count; i++)
        {
            model.Model.AddExactlyOne(model.D[i].Select(c => c.Var));
            foreach (var (person, d) in model.D[i])
            {
                if (!perPerson.TryGetValue(person, out var list))
                {
                    perPerson[person] = list = [];
                }

                list.Add(d);
            }
        }

        foreach (var list in perPerson.Values.Where(l => l.Count > 1))
        {
            model.Model.AddAtMostOne(list);
        }
    }

    public IEnumerable<string> Check(TeamState plan)
    {
        var problem = plan.Problem;
        var seen = new Dictionary<int, string>();
        foreach (var client in problem.Clients)
        {
            var partner = plan.Dedicated[client.Index];
            if (!client.IsDiamond)
            {
                if (partner >= 0)
                {
                    yield return $"H6: non-diamond client {client.Id} has a dedicated partner";
                }

                continue;
            }

            if (partner < 0)
            {
                yield return $"H6: diamond client {client.Id} has no dedicated partner";
                continue;
            }

            var id = problem.People[partner].Id;
            if (client.GivenPartner >= 0 && client.GivenPartner != partner)
            {
                yield return $"H6: {client.Id} must keep dedicated partner {problem.People[client.GivenPartner].Id}, plan has {id}";
            }

            if (problem.People[partner].Member.Grade != Grade.Partner)
            {
                yield return $"H6: dedicated partner {id} of {client.Id} is not a partner";
            }

            if (!seen.TryAdd(partner, client.Id))
            {
                yield return $"H6: {id} is dedicated to both {seen[partner]} and {client.Id}";
            }
        }
    }
}
