using Staffing.Scenarios;
using Staffing.Solver.Problem;
using Staffing.Solver.Rules;

namespace Staffing.Solver;

/// <summary>The objective of a plan, recomputed from its assignments and dedicated partners, term by term.</summary>
public static class ObjectiveCalculator
{
    /// <summary>The plan's objective as the spec defines it (a valid scenario is assumed).</summary>
    public static long Compute(Scenario scenario, Plan plan) => Breakdown(scenario, plan).Values.Sum();

    /// <summary>The objective split by term name (<c>unfilled</c>, <c>cost</c>, <c>partner-reservation</c>, <c>travel</c>, <c>change</c>).</summary>
    public static IReadOnlyDictionary<string, long> Breakdown(Scenario scenario, Plan plan)
    {
        var problem = StaffingProblem.Create(scenario, withCandidates: false);
        return Breakdown(PlanConversion.ToState(problem, plan));
    }

    internal static long Compute(TeamState plan) => Breakdown(plan).Values.Sum();

    internal static IReadOnlyDictionary<string, long> Breakdown(TeamState plan)
    {
        var problem = plan.Problem;
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var term in RuleRegistry.Terms)
        {
            long total = 0;
            foreach (var seat in problem.Seats)
            {
                total += term.SeatTerm(problem, seat, plan.Holder[seat.Index]);
            }

            foreach (var client in problem.Clients)
            {
                var partner = plan.Dedicated[client.Index];
                if (partner >= 0)
                {
                    total += term.ClientTerm(problem, client, partner);
                }
            }

            result[term.Name] = total;
        }

        return result;
    }
}
