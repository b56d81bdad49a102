using Staffing.Scenarios;
using Staffing.Solver.Problem;
using Staffing.Solver.Rules;

namespace Staffing.Solver.Explanations;

/// <summary>For each seat: the objective terms it contributed and, when filled, the runners-up that would fit.</summary>
internal static class SeatExplainer
{
    public const int MaxRunnersUp = 3;

    public static SeatExplanation ExplainFilled(TeamState plan, SeatData seat)
    {
        var problem = plan.Problem;
        var holder = plan.Holder[seat.Index];
        var terms = RuleRegistry.Terms
            .Select(t => (t.Name, Value: t.SeatTerm(problem, seat, holder)))
            .Where(t => t.Value != 0)
            .ToDictionary(t => t.Name, t => t.Value, StringComparer.Ordinal);
        return new SeatExplanation
        {
            Seat = seat.Id,
            Staff = problem.People[holder].Id,
            Terms = terms,
            Continuity = Continuity(problem, seat, holder),
            RunnersUp = RunnersUp(plan, seat, holder),
        };
    }

    public static SeatExplanation ExplainEmpty(TeamState plan, SeatData seat, IReadOnlyDictionary<string, int> eliminated)
    {
        var problem = plan.Problem;
        var terms = RuleRegistry.Terms
            .Select(t => (t.Name, Value: t.SeatTerm(problem, seat, -1)))
            .Where(t => t.Value != 0)
            .ToDictionary(t => t.Name, t => t.Value, StringComparer.Ordinal);
        return new SeatExplanation
        {
            Seat = seat.Id,
            Terms = terms,
            Continuity = Continuity(problem, seat, -1),
            Eliminated = eliminated,
        };
    }

    private static string? Continuity(StaffingProblem problem, SeatData seat, int holder)
    {
        var current = seat.CurrentHolder;
        if (current < 0)
        {
            return null;
        }

        var id = problem.People[current].Id;
        if (current == holder)
        {
            return $"kept with current holder {id}";
        }

        return problem.Clients[seat.ClientIndex].Returned.Contains(current)
            ? $"changed from {id}, returned by the client (free change)"
            : $"changed from current holder {id}";
    }

    /// <summary>The cheapest other candidates who could take the seat as the plan stands, with the objective change.</summary>
    private static List<RunnerUp> RunnersUp(TeamState plan, SeatData seat, int holder)
    {
        var problem = plan.Problem;
        var own = problem.Coefficient(seat, holder);
        return [.. Cheapest(plan, seat, holder).Select(c => Describe(problem, seat, holder, c.Person, c.Coefficient - own))];
    }

    /// <summary>Up to <see cref="MaxRunnersUp"/> people other than the holder who could take the seat, cheapest first.</summary>
    private static List<(int Person, long Coefficient)> Cheapest(TeamState plan, SeatData seat, int holder)
    {
        var problem = plan.Problem;
        var found = new List<(int Person, long Coefficient)>(MaxRunnersUp + 1);
        if (problem.HasCandidates(seat.Index))
        {
            // Sorted already: the first who fit are the cheapest.
            var candidates = problem.Candidates[seat.Index];
            for (var i = 0; i < candidates.Length && found.Count < MaxRunnersUp; i++)
            {
                if (candidates[i] != holder && plan.CanTake(seat.Index, candidates[i]))
                {
                    found.Add((candidates[i], problem.CandidateCoefficients[seat.Index][i]));
                }
            }

            return found;
        }

        // No candidate list (a repair kept this seat): keep the cheapest few of everyone who might qualify,
        // scanning by weekly cost. Apart from the current holder, everyone pays the same change term and
        // travel only adds, so once cost alone reaches the dearest runner-up kept, nobody later can beat it.
        var current = seat.CurrentHolder;
        if (current >= 0 && current != holder)
        {
            Keep(plan, seat, problem.People[current], found);
        }

        // What anyone but the current holder pays besides cost and travel: the change term, less the empty seat's price.
        var others = (TeamChangeTerm.Changes(problem, seat, -1) ? problem.Weights.Change!.Value : 0) - problem.EmptySeatCost[seat.Index];
        foreach (var person in problem.Pools.ForByCost(seat))
        {
            if (found.Count == MaxRunnersUp && (person.Member.CostPerWeek * seat.Effort) + others >= found[^1].Coefficient)
            {
                break;
            }

            if (person.Index != current)
            {
                Keep(plan, seat, person, found);
            }
        }

        return found;
    }

    /// <summary>Adds the person in price order when they could take the seat, keeping the cheapest few.</summary>
    private static void Keep(TeamState plan, SeatData seat, PersonData person, List<(int Person, long Coefficient)> found)
    {
        var problem = plan.Problem;
        if (person.Index == plan.Holder[seat.Index] || !plan.CanTake(seat.Index, person.Index) || !problem.Admits(seat, person))
        {
            return;
        }

        var coefficient = problem.Coefficient(seat, person.Index);
        var at = found.FindIndex(f => f.Coefficient > coefficient);
        if (at < 0 && found.Count < MaxRunnersUp)
        {
            found.Add((person.Index, coefficient));
        }
        else if (at >= 0)
        {
            found.Insert(at, (person.Index, coefficient));
            if (found.Count > MaxRunnersUp)
            {
                found.RemoveAt(MaxRunnersUp);
            }
        }
    }

    private static RunnerUp Describe(StaffingProblem problem, SeatData seat, int holder, int person, long difference)
    {
        var note = TravelTerm.Travels(problem, seat, person) ? "would travel" : null;
        if (TeamChangeTerm.Changes(problem, seat, person) && !TeamChangeTerm.Changes(problem, seat, holder))
        {
            note = note is null ? "would change the team" : $"{note}, would change the team";
        }

        return new RunnerUp(problem.People[person].Id, difference, note);
    }
}
