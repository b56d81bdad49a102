using Staffing.Solver.Model;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>H7: a dedicated partner has the client's partner load reserved in every week they are available.</summary>
internal sealed class ReservedTimeRule : IHardRule
{
    public string Name => "H7";

    public RuleLevel Level => RuleLevel.Hard;

    public string Description => "A dedicated partner has the client's partnerLoad reserved in every available week; it counts in H3 like a seat.";

    public void AddTo(TeamModel model)
    {
        for (var i = 0; i < model.FreeClients.Count; i++)
        {
            var client = model.Problem.Clients[model.FreeClients[i]];
            foreach (var (person, d) in model.D[i])
            {
                model.Capacity.Add(person, new CapacityUse(d, client.PartnerLoad, 0, model.Problem.Weeks, AvailableWeeksOnly: true));
            }
        }
    }

    public IEnumerable<string> Check(TeamState plan)
    {
        var problem = plan.Problem;
        foreach (var client in problem.Clients)
        {
            var partner = plan.Dedicated[client.Index];
            if (partner < 0)
            {
                continue;
            }

            var person = problem.People[partner];
            for (var w = 0; w < problem.Weeks; w++)
            {
                if (person.Available[w] && plan.Used(partner, w) > person.Room[w])
                {
                    yield return $"H7: {person.Id}'s {client.PartnerLoad}% reservation for {client.Id} does not fit week {w}";
                    break;
                }
            }
        }
    }
}
