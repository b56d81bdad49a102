using Staffing.Scenarios;
using Staffing.Solver.Problem;
using Staffing.Solver.Rules;

namespace Staffing.Solver.Explanations;

/// <summary>For each seat: the objective terms it contributed and, when filled, the runners-up that would fit.</summary>
internal static class SeatExplainer
{
    public const int MaxRunnersUp = 3;

    private const int MaxCandidatesScanned = 60;

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
        var result = new List<RunnerUp>();
        var candidates = problem.Candidates[seat.Index];
        for (var i = 0; i < candidates.Length && i < MaxCandidatesScanned && result.Count < MaxRunnersUp; i++)
        {
            var person = candidates[i];
            if (person == holder || !plan.CanTake(seat.Index, person))
            {
                continue;
            }

            var note = TravelTerm.Travels(problem, seat, person) ? "would travel" : null;
            if (TeamChangeTerm.Changes(problem, seat, person) && !TeamChangeTerm.Changes(problem, seat, holder))
            {
                note = note is null ? "would change the team" : $"{note}, would change the team";
            }

            result.Add(new RunnerUp(problem.People[person].Id, problem.CandidateCoefficients[seat.Index][i] - own, note));
        }

        return result;
    }
}
