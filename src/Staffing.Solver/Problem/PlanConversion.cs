using Staffing.Scenarios;

namespace Staffing.Solver.Problem;

/// <summary>Between the plan format and the indexed <see cref="TeamState"/>.</summary>
internal static class PlanConversion
{
    /// <summary>Reads a plan's assignments and dedicated partners, skipping ids the scenario does not know.</summary>
    public static TeamState ToState(StaffingProblem problem, Plan plan)
    {
        var state = new TeamState(problem);
        foreach (var dedicated in plan.DedicatedPartners)
        {
            if (problem.ClientIndex.TryGetValue(dedicated.Client, out var c) && problem.PersonIndex.TryGetValue(dedicated.Staff, out var p))
            {
                state.Dedicate(c, p);
            }
        }

        foreach (var assignment in plan.Assignments)
        {
            if (problem.SeatIndex.TryGetValue(assignment.Seat, out var s) && problem.PersonIndex.TryGetValue(assignment.Staff, out var p))
            {
                state.Assign(s, p);
            }
        }

        return state;
    }

    public static IReadOnlyList<Assignment> Assignments(TeamState state) =>
        [.. state.Problem.Seats
            .Where(s => state.Holder[s.Index] >= 0)
            .Select(s => new Assignment(s.Id, state.Problem.People[state.Holder[s.Index]].Id))];

    public static IReadOnlyList<DedicatedPartner> DedicatedPartners(TeamState state) =>
        [.. state.Problem.Clients
            .Where(c => state.Dedicated[c.Index] >= 0)
            .Select(c => new DedicatedPartner(c.Id, state.Problem.People[state.Dedicated[c.Index]].Id))];
}
