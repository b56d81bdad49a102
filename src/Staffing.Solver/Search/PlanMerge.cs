using Google.OrTools.Sat;
using Staffing.Solver.Model;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Search;

/// <summary>
/// The best mix of two plans (optimal recombination): the seats they staff alike stay as they are; each seat
/// they staff differently goes to either plan's holder, or stays empty, whichever combination CP-SAT finds
/// cheapest. Both plans are in that space, so the mix is never worse than the better of them when CP-SAT
/// proves or finds enough within its time; dedicated partners stay as in <paramref name="first"/>.
/// </summary>
internal static class PlanMerge
{
    /// <param name="maxSeats">Plans differing in more seats than this are not mixed.</param>
    /// <returns>The mix, or null when the plans differ in too many seats or CP-SAT found no plan within the limit.</returns>
    public static TeamState? Merge(
        StaffingProblem problem, TeamState first, TeamState second, int maxSeats, TimeSpan limit, int workers, int seed,
        CancellationToken cancellationToken)
    {
        var differ = Enumerable.Range(0, problem.Seats.Length).Where(s => first.Holder[s] != second.Holder[s]).ToList();
        if (differ.Count == 0)
        {
            return first.Clone();
        }

        if (differ.Count > maxSeats)
        {
            return null;
        }

        var fixedPart = first.Clone();
        foreach (var seat in differ)
        {
            fixedPart.Unassign(seat);
        }

        var model = TeamModel.Build(problem, fixedPart, differ, [], (seat, person) => person == first.Holder[seat] || person == second.Holder[seat]);
        model.AddHint(first);
        var outcome = CpSatRun.Solve(model, limit, workers, seed, null, null, cancellationToken);
        return outcome.Plan;
    }
}
